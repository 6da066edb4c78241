import { expect } from '@open-wc/testing';
import { parseContent, validateContent } from '../../src/content/validate.js';
import { isIsoDate } from '../../src/content/schema.js';
import { auditContent } from '../../src/content/audit.js';
import type { ContentProblem } from '../../src/content/schema.js';
import { sampleContent } from '../fixtures/content.js';

/** The problems reported for a document, as "path: message" lines. */
function problemsOf(input: unknown): string[] {
  const result = validateContent(input);
  return result.ok ? [] : result.problems.map((p: ContentProblem) => `${p.path}: ${p.message}`);
}

describe('validateContent', () => {
  it('accepts a well-formed document and returns it typed', () => {
    const doc = sampleContent();
    const result = validateContent(doc);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.content.meta.title).to.equal('Test review');
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); } });
    const cyclic: Record<string, unknown> = {};
    cyclic.meta = cyclic;
    for (const input of [undefined, null, 0, 'text', [], [1, 2], {}, hostile, cyclic, () => 1, Symbol('x')]) {
      const result = validateContent(input);
      expect(result.ok, String(typeof input)).to.equal(false);
    }
  });

  it('names the path and the expected type of a wrong type', () => {
    const doc = sampleContent() as unknown as { meta: { title: unknown }; sources: { kind: unknown }[] };
    doc.meta.title = 42;
    doc.sources[1].kind = 'blog';
    expect(problemsOf(doc)).to.deep.equal([
      '$.meta.title: must be text, got number 42',
      '$.sources[1].kind: must be one of "primary", "secondary", got string "blog"',
    ]);
  });

  it('reports missing fields with their path', () => {
    const doc = sampleContent() as unknown as Record<string, unknown> & { sections: { paragraphs: { claims: Record<string, unknown>[] }[] }[] };
    delete doc.news;
    delete doc.sections[0].paragraphs[0].claims[1].sources;
    expect(problemsOf(doc)).to.deep.equal([
      '$.sections[0].paragraphs[0].claims[1].sources: is missing',
      '$.news: is missing',
    ]);
  });

  it('names unknown fields, which are usually typos', () => {
    const doc = sampleContent() as unknown as { news: Record<string, unknown>[] };
    doc.news[0].sorces = doc.news[0].sources;
    expect(problemsOf(doc)).to.deep.equal(['$.news[0].sorces: is not a known field']);
  });

  it('refuses an uncited claim', () => {
    const doc = sampleContent();
    doc.sections[2].paragraphs[0].claims[0].sources = [];
    expect(problemsOf(doc)).to.deep.equal(['$.sections[2].paragraphs[0].claims[0].sources: must hold at least 1 item']);
  });

  it('reports citations of unknown sources and other dangling references', () => {
    const doc = sampleContent();
    doc.sections[1].paragraphs[0].claims[0].sources = ['press', 'nowhere'];
    doc.corrections[0].claim = 'c-missing';
    doc.timeline[0].administration = 'adm-z';
    doc.timeline[1].issues = ['i-none'];
    expect(problemsOf(doc)).to.deep.equal([
      '$.sections[1].paragraphs[0].claims[0].sources[1]: names source "nowhere", which does not exist',
      '$.corrections[0].claim: names claim "c-missing", which does not exist',
      '$.timeline[0].administration: names administration "adm-z", which does not exist',
      '$.timeline[1].issues[0]: names issue "i-none", which does not exist',
    ]);
  });

  it('reports bad dates: malformed, impossible, or not matching their precision', () => {
    const doc = sampleContent();
    doc.sources[0].date = '17 July 1998';
    doc.news[0].date = '2025-02-30';
    doc.timeline[1].date = '2025-02-06'; // precision says month
    expect(problemsOf(doc)).to.deep.equal([
      '$.sources[0].date: must be a date as YYYY-MM-DD, YYYY-MM or YYYY, got string "17 July 1998"',
      '$.news[0].date: is not a calendar date, got string "2025-02-30"',
    ]);
    doc.sources[0].date = '1998-07-17';
    doc.news[0].date = '2025-02-06';
    expect(problemsOf(doc)).to.deep.equal(['$.timeline[1].date: "2025-02-06" does not match its precision "month"']);
  });

  it('reports an id used twice, pointing at both places', () => {
    const doc = sampleContent();
    doc.news[1].id = 'c-court';
    doc.administrations[0].reasons[0].id = 'statute';
    expect(problemsOf(doc)).to.deep.equal([
      '$.administrations[0].reasons[0].id: "statute" is already the id of $.sources[0]',
      '$.news[1].id: "c-court" is already the id of $.sections[0].paragraphs[0].claims[0]',
    ]);
  });

  it('refuses addresses that are not http(s), such as javascript:', () => {
    const doc = sampleContent();
    doc.sources[1].url = 'javascript:alert(1)';
    expect(problemsOf(doc)).to.deep.equal(['$.sources[1].url: must be an http(s) address, got string "javascript:alert(1)"']);
  });

  it('keeps stance scores on the documented scale', () => {
    const doc = sampleContent();
    doc.administrations[1].stance = -5;
    expect(problemsOf(doc)).to.deep.equal(['$.administrations[1].stance: must lie on the stance scale, -2 to 2']);
  });
});

describe('parseContent', () => {
  it('explains text that is not JSON', () => {
    const result = parseContent('{"meta": ');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems[0].message).to.match(/^is not valid JSON/);
  });
});

describe('isIsoDate', () => {
  it('accepts the three forms and real days only', () => {
    expect(['2024', '2024-02', '2024-02-29'].map(isIsoDate)).to.deep.equal([true, true, true]);
    expect(['2023-02-29', '2024-13', '24-01-01', '2024-1-1', ''].map(isIsoDate)).to.deep.equal([false, false, false, false, false]);
  });
});

describe('auditContent', () => {
  /** The sample, made publishable: a key fact in every part and a trusted address. */
  function publishable() {
    const doc = sampleContent();
    for (const section of doc.sections.slice(0, 5)) section.paragraphs[0].claims[0].key = true;
    doc.sections[0].paragraphs[0].claims[1].key = false;
    doc.sources[1].url = 'https://www.reuters.com/world/a-report';
    return doc;
  }
  const audit = (doc: ReturnType<typeof sampleContent>) => auditContent(doc).map((p) => `${p.path}: ${p.message}`);

  it('passes publishable content', () => {
    expect(audit(publishable())).to.deep.equal([]);
  });

  it('flags unused sources, future dates, never-cite and untrusted hosts, and missing parts', () => {
    const doc = publishable();
    doc.sources.push({ id: 'spare', title: 'Unused', publisher: 'Nobody', date: '2020', kind: 'secondary' });
    doc.sources[1].url = 'https://en.wikipedia.org/wiki/International_Criminal_Court';
    doc.sources[2].url = 'https://example.org/order';
    doc.news[1].date = '2026-02';
    doc.sections.pop();
    expect(audit(doc)).to.deep.equal([
      '$.sections: must be the six parts in order (background, us-relationship, icc-view, current-status, conclusion, recent-news), got background,us-relationship,icc-view,current-status,conclusion',
      '$.sources[1].url: cites wikipedia.org, which is on the never-cite list',
      '$.sources[2].url: example.org is not a trusted host; cite the document without a URL',
      '$.sources[3].id: source "spare" is never cited',
      '$.news[1].date: 2026-02 is after the as-of date 2026-01-15',
    ]);
  });

  it('wants exactly one key fact per part, for the compact view', () => {
    const doc = publishable();
    doc.sections[2].paragraphs[0].claims[0].key = false;
    doc.sections[0].paragraphs[0].claims[1].key = true;
    expect(audit(doc)).to.deep.equal([
      '$.sections[0]: must mark exactly one claim as key, has 2',
      '$.sections[2]: must mark exactly one claim as key, has 0',
    ]);
  });

  it('keeps the timeline in date order, each event within its administration\'s term', () => {
    const doc = publishable();
    doc.timeline.reverse();
    expect(audit(doc)).to.deep.equal([
      '$.timeline[1].date: 1998-07-17 comes before the previous event (2025-02); keep the timeline in date order',
    ]);
    doc.timeline.reverse();
    doc.timeline[0].administration = 'adm-b';
    expect(audit(doc)).to.deep.equal([
      '$.timeline[0].administration: 1998-07-17 lies outside the adm-b term (2025-01-20 to today)',
    ]);
  });
});
