import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/icc-summary/define.js';
import type { IccSummary } from '../../../src/elements/icc-summary/icc-summary.js';
import type { Content } from '../../../src/content/schema.js';
import { pageStore } from '../../../src/state/page-stores.js';
import { sampleContent } from '../../fixtures/content.js';
import { inPrint } from '../../fixtures/media.js';
import { citedContent } from '../../fixtures/widgets-cited.js';
import { citedInSummary, expectCitations, openSources, type Cited } from '../../fixtures/widgets-citations.js';

let groups = 0;
/** A fresh page-level group holding some content (the sample by default), so tests never share state. */
function groupWith(content: Content = sampleContent()): string {
  const group = `summary-test-${++groups}`;
  pageStore(group).setContent(content);
  return group;
}

const shadow = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
/** What a reader sees (innerText leaves out what is not rendered). */
const visibleText = (el: Element) => (shadow(el).querySelector('.base') as HTMLElement).innerText;
const occurrences = (text: string, part: string) => text.split(part).length - 1;
const partButtons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.part button')];
const expanded = (el: Element) => partButtons(el).map((b) => b.getAttribute('aria-expanded'));
const toggleAll = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('button.toggle')!;
const shown = (node: Element) => node.getClientRects().length > 0;

/** Every statement of the sample content, as a reader would find it. */
const STATEMENTS = ['Alpha statement', 'Beta statement', 'Gamma statement', 'Delta statement', 'Epsilon statement', 'Zeta statement',
  'Eta: the right words', 'Older headline', 'Theta news text', 'Newer headline', 'Iota news text'];

/**
 * The citations a reader can see, as statement → titles of the sources their
 * numbers lead to: the teaser claims (the `.key` claim's text) and news items
 * (their headline and text).
 */
function visibleCitations(el: Element): Cited {
  const root = shadow(el);
  const found: Cited = new Map();
  for (const sup of [...root.querySelectorAll('.panel sup.cites')].filter(shown)) {
    const holder = sup.closest('.key, li')!;
    const statement = holder.matches('.key')
      ? holder.querySelector('.text')!.textContent!
      : `${holder.querySelector('strong')!.textContent}. ${holder.querySelector('.more')!.textContent!.trim()}`;
    found.set(statement, [...sup.querySelectorAll<HTMLAnchorElement>('a.cite')].map((a) => {
      const entry = root.getElementById(a.hash.slice(1));
      return entry?.querySelector('cite, a')?.textContent ?? `(no entry ${a.hash})`;
    }));
  }
  return found;
}

describe('<icc-summary>', () => {
  describe('the default view: six closed parts, each with its teaser', () => {
    it('shows the six parts in order, closed, and reflects variant="compact"', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      expect(texts(el, '.part [role="heading"]')).to.deep.equal([
        'Background part', 'Relationship part', 'View part', 'Status part', 'Conclusion part', 'News part',
      ]);
      expect(expanded(el)).to.deep.equal(Array(6).fill('false'));
      expect(el.getAttribute('variant')).to.equal('compact');
      for (const button of partButtons(el)) {
        expect(shadow(el).getElementById(button.getAttribute('aria-controls')!), button.id).to.exist;
      }
    });

    it('shows under each heading only its key fact, and in the news part the newest date and headline', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      const text = visibleText(el);
      for (const key of ['Alpha statement about the court.', 'Gamma statement about a vote.', 'Epsilon statement about status.']) {
        expect(text).to.include(key);
      }
      expect(text).to.match(/December 2025: Newer headline\.\[\d+\]/);
      // The rest of each part, its corrections and the older news are one action away.
      for (const rest of ['Beta statement', 'Delta statement', 'Zeta statement', 'Eta: the right words', 'Iota news text', 'Older headline', 'Related to']) {
        expect(text).not.to.include(rest);
      }
      // Nothing is dropped: the closed parts hold their whole text.
      const panels = texts(el, '.panel').join(' ');
      for (const statement of STATEMENTS) expect(panels).to.include(statement);
    });

    it('puts each teaser under its own heading, in the part it belongs to', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      const teasers = [...shadow(el).querySelectorAll<HTMLElement>('.panel .key, .panel .news li')].filter(shown);
      expect(teasers.map((t) => [t.closest('.panel')!.id, t.innerText.replace(/\[\d+\]/g, '').trim()])).to.deep.equal([
        ['panel-background', 'Alpha statement about the court.'],
        ['panel-us-relationship', 'Gamma statement about a vote.'],
        ['panel-current-status', 'Epsilon statement about status.'],
        ['panel-recent-news', 'December 2025: Newer headline.'],
      ]);
    });

    it('leads each teaser to its own sources, and every statement once the parts are open', async () => {
      const content = citedContent();
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith(content)}></icc-summary>`);
      // The fixture's news part has a key fact of its own: it stands for the part instead of the newest headline.
      await openSources(el);
      expect(Object.fromEntries(visibleCitations(el))).to.deep.equal(Object.fromEntries(citedInSummary(content, 'compact')));
      // The closed parts keep every statement with its marks, numbered as the open review numbers them.
      await expectCitations(shadow(el), citedInSummary(content, 'full'), 'closed');
      toggleAll(el).click();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.panel sup.cites').length).to.equal([...shadow(el).querySelectorAll('.panel sup.cites')].filter(shown).length);
      await expectCitations(shadow(el), citedInSummary(content, 'full'), 'all open');
    });

    it('shows a part of the sample without a key fact as its heading alone', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      expect(shadow(el).getElementById('panel-icc-view')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('opening and closing parts', () => {
    it('opens and closes a part from the keyboard, showing its whole text with the key fact once', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      const button = shadow(el).querySelector<HTMLButtonElement>('#heading-background')!;
      expect(button.getAttribute('aria-controls')).to.equal('panel-background');
      // From the open-all control, Tab reaches the first part's heading.
      toggleAll(el).focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleText(el)).to.include('Beta statement');
      expect(occurrences(visibleText(el), 'Alpha statement'), 'the key fact, once').to.equal(1);
      expect(shadow(el).activeElement, 'focus stays on the heading').to.equal(button);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(visibleText(el)).not.to.include('Beta statement');
      expect(visibleText(el)).to.include('Alpha statement');
    });

    it('opens parts independently: opening one leaves the others as the reader left them', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      shadow(el).querySelector<HTMLButtonElement>('#heading-background')!.click();
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('#heading-conclusion')!.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['true', 'false', 'false', 'false', 'true', 'false']);
      expect(visibleText(el)).to.include('Beta statement');
      expect(visibleText(el)).to.include('Zeta statement');
    });

    it('opens every part with one control, and closes them all again', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      const toggle = toggleAll(el);
      expect(toggle.textContent!.trim()).to.equal('Open all parts');
      expect(toggle.getAttribute('aria-controls')!.split(' ')).to.deep.equal(partButtons(el).map((b) => b.getAttribute('aria-controls')));
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(Array(6).fill('true'));
      expect(toggle.textContent!.trim()).to.equal('Close all parts');
      for (const statement of STATEMENTS) expect(visibleText(el)).to.include(statement);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(Array(6).fill('false'));
      expect(toggle.textContent!.trim()).to.equal('Open all parts');
    });

    it('offers "Open all parts" again when the reader has closed one of them', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      toggleAll(el).click();
      await el.updateComplete;
      partButtons(el)[2].click();
      await el.updateComplete;
      expect(toggleAll(el).textContent!.trim()).to.equal('Open all parts');
      toggleAll(el).click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(Array(6).fill('true'));
    });
  });

  describe('variant="full"', () => {
    it('opens every part, and the reader can still close one', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary variant="full" group=${groupWith()}></icc-summary>`);
      expect(expanded(el)).to.deep.equal(Array(6).fill('true'));
      for (const statement of STATEMENTS) expect(visibleText(el)).to.include(statement);
      expect(toggleAll(el).textContent!.trim()).to.equal('Close all parts');
      partButtons(el)[0].click();
      await el.updateComplete;
      expect(expanded(el)[0]).to.equal('false');
      expect(visibleText(el)).not.to.include('Beta statement');
    });

    it('follows the attribute: back to compact closes the parts', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary variant="full" group=${groupWith()}></icc-summary>`);
      el.setAttribute('variant', 'compact');
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(Array(6).fill('false'));
      el.variant = 'full';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('full');
      expect(expanded(el)).to.deep.equal(Array(6).fill('true'));
    });
  });

  describe('in print', () => {
    afterEach(async () => {
      try {
        await emulateMedia({ media: 'screen' });
      } catch {
        // not supported by this browser's driver: nothing was changed
      }
    });

    it('shows every part open, without the controls to open them', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      await inPrint(el, () => {
        const text = visibleText(el);
        for (const statement of STATEMENTS) expect(text).to.include(statement);
        expect(occurrences(text, 'Alpha statement')).to.equal(1);
        expect(shown(shadow(el).querySelector('[role="note"]')!), 'the correction').to.equal(true);
        expect(shown(toggleAll(el)), 'the open-all control').to.equal(false);
      });
      expect(visibleText(el)).not.to.include('Beta statement');
    });
  });

  it('lists recent news newest first, with dates as precise as they are known', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary variant="full" group=${groupWith()}></icc-summary>`);
    const items = texts(el, '.news li');
    expect(items).to.have.length(2);
    expect(items[0]).to.match(/^December 2025: Newer headline\. Iota news text\./);
    expect(items[1]).to.match(/^February 6, 2025: Older headline\. Theta news text\./);
  });

  it('numbers citations in reading order and resolves each to its source', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
    await openSources(el);
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

  it('leads every claim, correction and news item to its own source, with an issue selected too', async () => {
    // Every statement of the fixture cites sources no other statement cites.
    const content = citedContent();
    const group = groupWith(content);
    const el = await fixture<IccSummary>(html`<icc-summary variant="full" group=${group}></icc-summary>`);
    await expectCitations(shadow(el), citedInSummary(content, 'full'), 'full');
    // Marking the paragraphs of an issue adds words, not citations.
    pageStore(group).select({ issue: 'iss-1' });
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.related')).to.have.length.greaterThan(0);
    await expectCitations(shadow(el), citedInSummary(content, 'full'), 'full, with an issue selected');
  });

  it('moves focus to the source when a teaser\'s citation is followed', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
    const link = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a.cite')].filter(shown)[1];
    expect(link.textContent).to.equal('2'); // Gamma's report; Beta, which cites it first, is closed
    link.click();
    await waitUntil(() => shadow(el).activeElement?.id === 'source-2', 'focus did not reach the source');
    expect(location.hash).to.equal('');
  });

  it('shows each correction as a visible editor\'s note beside the corrected statement, once its part is open', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
    const note = shadow(el).querySelector<HTMLElement>('[role="note"]')!;
    expect(note.closest('.panel')!.id).to.equal('panel-us-relationship');
    expect(shown(note), 'closed with its part').to.equal(false);
    shadow(el).querySelector<HTMLButtonElement>('#heading-us-relationship')!.click();
    await el.updateComplete;
    expect(note.innerText).to.include('Correction (Wrong).');
    expect(note.innerText).to.include('the old wrong words');
    expect(note.innerText).to.include('Eta: the right words.');
    expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(note.previousElementSibling!.id, 'right after the corrected paragraph').to.equal('p-us');
  });

  it('gives the as-of date in the footer', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
    const time = shadow(el).querySelector('footer time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-01-15');
    expect(time.textContent).to.equal('January 15, 2026');
  });

  describe('the selected issue', () => {
    it('marks the headings of the closed parts that mention it, and opens none of them', async () => {
      const group = groupWith();
      const el = await fixture<IccSummary>(html`<icc-summary group=${group}></icc-summary>`);
      expect(shadow(el).querySelector('.mentions')).to.equal(null);
      pageStore(group).select({ issue: 'jurisdiction' });
      await el.updateComplete;
      const marked = partButtons(el).filter((b) => b.querySelector('.mentions'));
      expect(marked.map((b) => b.id)).to.deep.equal(['heading-us-relationship']);
      expect(marked[0].innerText).to.include('Mentions the selected issue');
      expect(expanded(el)).to.deep.equal(Array(6).fill('false'));
      await expect(el).to.be.accessible();
    });

    it('marks the paragraphs about it, in words as well as colour, in the open part', async () => {
      const group = groupWith();
      const el = await fixture<IccSummary>(html`<icc-summary group=${group}></icc-summary>`);
      expect(shadow(el).querySelector('.related')).to.equal(null);
      pageStore(group).select({ issue: 'jurisdiction' });
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('#heading-us-relationship')!.click();
      await el.updateComplete;
      const related = [...shadow(el).querySelectorAll<HTMLElement>('p.related')];
      expect(related.map((p) => p.id)).to.deep.equal(['p-us']);
      expect(related[0].innerText).to.include('Related to the selected issue: Jurisdiction');
      expect(getComputedStyle(related[0]).backgroundColor).not.to.equal(getComputedStyle(shadow(el).querySelector('#p-bg')!).backgroundColor);
      await expect(el).to.be.accessible();
    });

    it('marks the news items about it, and only those', async () => {
      const content = sampleContent();
      content.news[1].issues = ['jurisdiction']; // the newer item: listed first
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith(content)} issue="jurisdiction"></icc-summary>`);
      expect(shadow(el).querySelector('#heading-recent-news .mentions')).to.exist;
      shadow(el).querySelector<HTMLButtonElement>('#heading-recent-news')!.click();
      await el.updateComplete;
      const items = [...shadow(el).querySelectorAll<HTMLElement>('.news li')];
      expect(items.map((li) => li.classList.contains('related'))).to.deep.equal([true, false]);
      expect(items[0].innerText).to.include('Related to the selected issue: Jurisdiction');
      expect(items[1].innerText).not.to.include('Related to the selected issue');
    });
  });

  it('fits the host outline through heading-level', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary heading-level="3" group=${groupWith()}></icc-summary>`);
    expect(shadow(el).querySelector('#title')!.getAttribute('aria-level')).to.equal('3');
    expect(shadow(el).querySelector('.part [role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    // The sources list opens from the footer line: a disclosure, not a heading in the outline.
    expect(shadow(el).querySelector('.sources [role="heading"]')).to.equal(null);
  });

  it('wraps a long run of citation marks inside a 280px column', async () => {
    const content = sampleContent();
    const many = Array.from({ length: 24 }, (_, i) => ({ id: `s-${i}`, title: `Source ${i}`, publisher: 'P', date: '2020', kind: 'primary' as const }));
    content.sources.push(...many);
    content.sections[0].paragraphs[0].claims[0].sources = many.map((s) => s.id);
    const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 280px"><icc-summary group=${groupWith(content)}></icc-summary></div>`);
    const el = box.querySelector('icc-summary')!;
    await el.updateComplete;
    const base = shadow(el).querySelector<HTMLElement>('.base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
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
      const group = groupWith();
      const el = await fixture<IccSummary>(html`<icc-summary group=${group}></icc-summary>`);
      const error = oneEvent(el, 'icc-error');
      await pageStore(group).load(URL.createObjectURL(new Blob(['{"meta": {"title": 5}}'])));
      const event = await error;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.problems.length).to.be.greaterThan(0);
      await el.updateComplete;
      expect(visibleText(el)).to.include('Alpha statement');
      expect(event.detail.code).to.equal('invalid');
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.equal('The review could not be shown because its content does not follow the expected form.');
    });

    it('renders hostile strings as text and runs nothing', async () => {
      const content = sampleContent();
      content.sections[0].paragraphs[0].claims[0].text = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith(content)}></icc-summary>`);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      expect(visibleText(el)).to.include('<img src=x');
    });
  });

  describe('accessibility (axe)', () => {
    it('is clean by default, with every part closed', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      await expect(el).to.be.accessible();
    });

    it('is clean with a part open', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      shadow(el).querySelector<HTMLButtonElement>('#heading-us-relationship')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is clean with every part open, and in the full variant with a part closed', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      toggleAll(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const full = await fixture<IccSummary>(html`<icc-summary variant="full" group=${groupWith()}></icc-summary>`);
      shadow(full).querySelector<HTMLButtonElement>('#heading-background')!.click();
      await full.updateComplete;
      await expect(full).to.be.accessible();
    });

    it('gives every control a 44px target', async () => {
      const el = await fixture<IccSummary>(html`<icc-summary group=${groupWith()}></icc-summary>`);
      for (const button of [toggleAll(el), ...partButtons(el)]) {
        expect(button.getBoundingClientRect().height, button.textContent!).to.be.at.least(44);
      }
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
