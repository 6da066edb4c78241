import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/icc-summary/define.js';
import type { IccSummary } from '../../../src/elements/icc-summary/icc-summary.js';
import { pageStore } from '../../../src/state/page-stores.js';
import { sampleContent } from '../../fixtures/content.js';
import { citedContent } from '../../fixtures/widgets-cited.js';
import { citedInSummary, expectCitations } from '../../fixtures/widgets-citations.js';

let groups = 0;
/** A fresh page-level group holding the sample content, so tests never share state. */
function groupWithSample(): string {
  const group = `summary-test-${++groups}`;
  pageStore(group).setContent(sampleContent());
  return group;
}

const shadow = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const visibleText = (el: Element) => (shadow(el).querySelector('.base') as HTMLElement).innerText;

describe('<icc-summary>', () => {
  it('renders the six parts, in order, from the content', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary group=${groupWithSample()}></icc-summary>`);
    expect(texts(el, '.part [role="heading"]')).to.deep.equal([
      'Background part', 'Relationship part', 'View part', 'Status part', 'Conclusion part', 'News part',
    ]);
    const text = visibleText(el);
    for (const statement of ['Alpha statement', 'Beta statement', 'Gamma statement', 'Delta statement', 'Epsilon statement', 'Zeta statement']) {
      expect(text).to.include(statement);
    }
  });

  it('lists recent news newest first, with dates as precise as they are known', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary group=${groupWithSample()}></icc-summary>`);
    const items = texts(el, '.news li');
    expect(items).to.have.length(2);
    expect(items[0]).to.match(/^December 2025: Newer headline\. Iota news text\./);
    expect(items[1]).to.match(/^February 6, 2025: Older headline\. Theta news text\./);
  });

  it('numbers citations in reading order and resolves each to its source', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary group=${groupWithSample()}></icc-summary>`);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a.cite')];
    // Alpha cites the statute (1), Beta the statute and the report (1, 2), Gamma the report (2)...
    expect(links.slice(0, 4).map((a) => a.textContent)).to.deep.equal(['1', '1', '2', '2']);
    for (const link of links) {
      const target = shadow(el).getElementById(link.hash.slice(1));
      expect(target, link.hash).to.exist;
      expect(link.getAttribute('aria-label')).to.equal(`source ${link.textContent}`);
    }
    expect(texts(el, '.sources li')).to.deep.equal([
      'United Nations, Rome Statute, 2187 UNTS 90, July 17, 1998.',
      'A newspaper, A report, February 2025.',
      'The White House, An executive order, 2025.',
    ]);
    const linked = shadow(el).querySelector<HTMLAnchorElement>('.sources a')!;
    expect(linked.href).to.equal('https://example.org/report');
  });

  it('leads every claim, correction and news item to its own source', async () => {
    // Every statement of the fixture cites sources no other statement cites.
    const content = citedContent();
    const group = `summary-cited-${++groups}`;
    pageStore(group).setContent(content);
    const el = await fixture<IccSummary>(html`<icc-summary group=${group}></icc-summary>`);
    expectCitations(shadow(el), citedInSummary(content, 'full'), 'full');
    // Marking the paragraphs of an issue adds words, not citations.
    pageStore(group).select({ issue: 'iss-1' });
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.related')).to.have.length.greaterThan(0);
    expectCitations(shadow(el), citedInSummary(content, 'full'), 'full, with an issue selected');
  });

  it('leads every key fact of the compact variant to its own source, and every statement once expanded', async () => {
    const content = citedContent();
    const group = `summary-cited-${++groups}`;
    pageStore(group).setContent(content);
    const el = await fixture<IccSummary>(html`<icc-summary variant="compact" group=${group}></icc-summary>`);
    expectCitations(shadow(el), citedInSummary(content, 'compact'), 'compact');
    shadow(el).querySelector<HTMLButtonElement>('.toggle')!.click();
    await el.updateComplete;
    expectCitations(shadow(el), citedInSummary(content, 'full'), 'expanded');
  });

  it('moves focus to the source when a citation is followed', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary group=${groupWithSample()}></icc-summary>`);
    const link = shadow(el).querySelectorAll<HTMLAnchorElement>('a.cite')[2];
    link.click();
    expect(shadow(el).activeElement?.id).to.equal('source-2');
    expect(location.hash).to.equal('');
  });

  it('shows each correction as a visible editor\'s note beside the corrected statement', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary group=${groupWithSample()}></icc-summary>`);
    const note = shadow(el).querySelector<HTMLElement>('[role="note"]')!;
    expect(note.closest('.panel')!.id).to.equal('panel-us-relationship');
    expect(note.innerText).to.include('Correction (Wrong).');
    expect(note.innerText).to.include('the old wrong words');
    expect(note.innerText).to.include('Eta: the right words.');
    expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('gives the as-of date in the footer', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary group=${groupWithSample()}></icc-summary>`);
    const time = shadow(el).querySelector('footer time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-01-15');
    expect(time.textContent).to.equal('January 15, 2026');
  });

  it('opens and closes a part from the keyboard', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary group=${groupWithSample()}></icc-summary>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('#heading-icc-view')!;
    const panel = shadow(el).getElementById('panel-icc-view')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
  });

  it('marks the paragraphs about the selected issue, in words as well as colour', async () => {
    const group = groupWithSample();
    const el = await fixture<IccSummary>(html`<icc-summary group=${group}></icc-summary>`);
    expect(shadow(el).querySelector('.related')).to.equal(null);
    pageStore(group).select({ issue: 'jurisdiction' });
    await el.updateComplete;
    const related = [...shadow(el).querySelectorAll<HTMLElement>('p.related')];
    expect(related.map((p) => p.id)).to.deep.equal(['p-us']);
    expect(related[0].innerText).to.include('Related to the selected issue: Jurisdiction');
    expect(getComputedStyle(related[0]).backgroundColor).not.to.equal(getComputedStyle(shadow(el).querySelector('#p-bg')!).backgroundColor);
    await expect(el).to.be.accessible();
  });

  it('marks the news items about the selected issue, and only those', async () => {
    const group = `summary-test-${++groups}`;
    const content = sampleContent();
    content.news[1].issues = ['jurisdiction']; // the newer item: listed first
    pageStore(group).setContent(content);
    const el = await fixture<IccSummary>(html`<icc-summary group=${group} issue="jurisdiction"></icc-summary>`);
    const items = [...shadow(el).querySelectorAll<HTMLElement>('.news li')];
    expect(items.map((li) => li.classList.contains('related'))).to.deep.equal([true, false]);
    expect(items[0].innerText).to.include('Related to the selected issue: Jurisdiction');
    expect(items[1].innerText).not.to.include('Related to the selected issue');
  });

  it('fits the host outline through heading-level', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary heading-level="3" group=${groupWithSample()}></icc-summary>`);
    expect(shadow(el).querySelector('#title')!.getAttribute('aria-level')).to.equal('3');
    expect(shadow(el).querySelector('.part [role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    // The sources list opens from the footer line: a disclosure, not a heading in the outline.
    expect(shadow(el).querySelector('.sources [role="heading"]')).to.equal(null);
  });

  describe('compact variant', () => {
    it('shows only the key facts, with their sources, and expands on request', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary variant="compact" group=${groupWithSample()}></icc-summary>`);
      expect(texts(el, '.key-facts li').map((t) => t.replace(/\[\d+\]/g, ''))).to.deep.equal([
        'Alpha statement about the court.', 'Gamma statement about a vote.', 'Epsilon statement about status.',
      ]);
      expect(visibleText(el)).not.to.include('Beta statement');
      // Only what the key facts cite: the statute, the report, the order.
      expect(texts(el, '.sources li')).to.deep.equal([
        'United Nations, Rome Statute, 2187 UNTS 90, July 17, 1998.',
        'A newspaper, A report, February 2025.',
        'The White House, An executive order, 2025.',
      ]);
      const toggle = shadow(el).querySelector<HTMLButtonElement>('.toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleText(el)).to.include('Beta statement');
      expect(shadow(el).activeElement).to.equal(toggle);
    });
  });

  describe('loading and failure', () => {
    it('keeps the host\'s light-DOM text readable until content arrives, and explains a dead source', async () => {
      const group = `summary-dead-${++groups}`;
      // Loading starts before the widget exists, as when a provider fetches a `src`.
      const loaded = pageStore(group).load('/test/fixtures/no-such-file.json');
      const el = await fixture<IccSummary>(html`<icc-summary group=${group}><p id="fallback">Plain text of the review.</p></icc-summary>`);
      const error = oneEvent(el, 'icc-error');
      await loaded;
      const event = await error;
      expect(event.detail.message).to.equal('The review could not be loaded (the server answered 404).');
      await el.updateComplete;
      const fallback = el.querySelector<HTMLElement>('#fallback')!;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.equal(event.detail.message);
    });

    it('keeps the last good content when new content is malformed', async () => {
      const group = groupWithSample();
      const el = await fixture<IccSummary>(html`<icc-summary group=${group}></icc-summary>`);
      const error = oneEvent(el, 'icc-error');
      await pageStore(group).load(URL.createObjectURL(new Blob(['{"meta": {"title": 5}}'])));
      const event = await error;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.problems.length).to.be.greaterThan(0);
      await el.updateComplete;
      expect(visibleText(el)).to.include('Alpha statement');
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include('malformed');
    });

    it('renders hostile strings as text and runs nothing', async () => {
      const group = `summary-hostile-${++groups}`;
      const content = sampleContent();
      content.sections[0].paragraphs[0].claims[0].text = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      pageStore(group).setContent(content);
      const el = await fixture<IccSummary>(html`<icc-summary group=${group}></icc-summary>`);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      expect(visibleText(el)).to.include('<img src=x');
    });
  });

  describe('accessibility (axe)', () => {
    it('is clean in the full variant', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWithSample()}></icc-summary>`);
      await expect(el).to.be.accessible();
    });

    it('is clean with a part closed', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWithSample()}></icc-summary>`);
      shadow(el).querySelector<HTMLButtonElement>('#heading-background')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is clean in the compact variant, collapsed and expanded', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary variant="compact" group=${groupWithSample()}></icc-summary>`);
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('.toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is clean while showing a failure', async () => {
      const group = `summary-a11y-dead-${++groups}`;
      const loaded = pageStore(group).load('/test/fixtures/no-such-file.json');
      const el = await fixture<IccSummary>(html`<icc-summary group=${group}><p>Fallback text.</p></icc-summary>`);
      await loaded;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
