import { expect, fixture, html } from '@open-wc/testing';
import { parseContent } from '../../src/content/validate.js';
import { auditContent } from '../../src/content/audit.js';
import type { Content } from '../../src/content/schema.js';
import '../../src/elements/icc-summary/define.js';
import type { IccSummary } from '../../src/elements/icc-summary/icc-summary.js';
import { pageStore } from '../../src/state/page-stores.js';
import { openSources } from '../fixtures/widgets-citations.js';

/** The bundled English content, as the widgets fetch it. */
async function bundled(): Promise<Content> {
  const result = parseContent(await (await fetch('/src/content/en.json')).text());
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path} ${p.message}`).join('\n'));
  return result.content;
}

describe('the bundled English content', () => {
  it('is valid and passes the editorial audit', async () => {
    expect(auditContent(await bundled())).to.deep.equal([]);
  });

  it('holds what the three widgets need', async () => {
    const content = await bundled();
    expect(content.timeline.length, 'timeline events').to.be.at.least(60);
    expect(content.timeline[0].date.slice(0, 4) <= '1995').to.equal(true);
    expect(content.administrations.map((a) => a.id)).to.deep.equal(['clinton', 'bush', 'obama', 'trump-1', 'biden', 'trump-2']);
    expect(content.issues.map((i) => i.id)).to.include.members([
      'non-party-jurisdiction', 'complementarity', 'prosecutorial-independence', 'article-98', 'afghanistan',
      'palestine', 'ukraine', 'aggression', 'sanctions',
    ]);
    expect(content.corrections.length, 'corrections').to.be.at.least(6);
    const recent = content.news.filter((n) => n.date >= '2025');
    expect(recent.length, 'news from 2025-2026').to.be.at.least(6);
  });

  it('dates every administration on the documented stance scale', async () => {
    const { administrations, meta } = await bundled();
    for (const a of administrations) {
      expect(meta.stanceScale.labels.map((l) => l.value), a.id).to.include(a.stance);
      expect(a.reasons.length, `${a.id} reasons`).to.be.greaterThan(0);
    }
  });

  it('lets a reader follow every statement of <icc-summary> to a source, and see every correction', async function () {
    this.timeout(90000); // axe over the whole review (hundreds of nodes) is slow on a busy two-core machine
    const content = await bundled();
    pageStore('bundled-content-test').setContent(content);
    const el = await fixture<IccSummary>(html`<icc-summary group="bundled-content-test"></icc-summary>`);
    const root = el.shadowRoot!;
    const claims = content.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims));
    const citeGroups = root.querySelectorAll('.panel sup.cites');
    // One citation group per claim, per correction and per news item.
    expect(citeGroups.length).to.equal(claims.length + content.corrections.length + content.news.length);
    await openSources(el);
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a.cite')) {
      expect(root.getElementById(link.hash.slice(1)), link.hash).to.exist;
    }
    const notes = [...root.querySelectorAll<HTMLElement>('[role="note"]')];
    expect(notes.length).to.equal(content.corrections.length);
    for (const correction of content.corrections) {
      expect(notes.some((n) => n.innerText.includes(correction.original)), correction.id).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });
});
