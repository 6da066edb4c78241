import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { drawnAfter } from '../../fixtures/css.js';
import { inPrint } from '../../fixtures/media.js';
import '../../../src/elements/icc-stance-compare/define.js';
import type { IccStanceCompare } from '../../../src/elements/icc-stance-compare/icc-stance-compare.js';
import type { Content } from '../../../src/content/schema.js';
import type { IccSelectEvent } from '../../../src/events.js';
import { bundledContentUrl } from '../../../src/bundled-content.js';
import { pageStore } from '../../../src/state/page-stores.js';
import { sampleContent } from '../../fixtures/content.js';
import { citedContent } from '../../fixtures/widgets-cited.js';
import { citedInIssue, expectCitations, openDisclosure, openSources } from '../../fixtures/widgets-citations.js';

/**
 * The fixture's one issue plus two more, so there is something to choose
 * between: every status, a missing legal basis, events listed out of order.
 */
function threeIssues(): Content {
  const content = sampleContent();
  // Each event lists the issues it bears on: both bear on immunity.
  for (const event of content.timeline) event.issues = [...(event.issues ?? []), 'immunity'];
  content.issues.push(
    { id: 'immunity', title: 'Immunity deals', status: 'partly-aligned',
      us: { text: 'US deals text.', sources: ['order'] },
      icc: { text: 'ICC deals text.', basis: 'Art. 98(2)', sources: ['statute'] },
      meeting: { text: 'They meet on wording.', sources: ['statute', 'press'] } },
    { id: 'shared', title: 'Shared case', status: 'aligned',
      us: { text: 'US shared text.', sources: ['press'] },
      icc: { text: 'ICC shared text.', sources: ['press'] },
      meeting: { text: 'They agree.', sources: ['press'] } },
  );
  return content;
}

let groups = 0;
/** A fresh page-level group holding the content, so tests never share state. */
function groupWith(content: Content = threeIssues()): string {
  const group = `compare-test-${++groups}`;
  pageStore(group).setContent(content);
  return group;
}

/** A fresh group holding the real bundled content. */
async function groupWithRealContent(): Promise<string> {
  const group = `compare-real-${++groups}`;
  await pageStore(group).load(bundledContentUrl('en'));
  expect(pageStore(group).failure).to.equal(undefined);
  return group;
}

/** The status words a reader sees on each tab and in the caption. */
const STATUS = { contested: 'Contested', 'partly-aligned': 'Partly aligned', aligned: 'Aligned' };

const shadow = (el: Element) => el.shadowRoot!;
const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((n) => clean(n.textContent));
const tabs = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const selectedTab = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[role="tab"][aria-selected="true"]')!;
const caption = (el: Element) => clean(shadow(el).querySelector('caption')!.textContent);
const focused = (el: Element) => shadow(el).activeElement;
const cellText = (cell: Element) => clean(cell.textContent);

/** Cell text without the card label (hidden from assistive technology) and citation marks. */
const cellBody = (cell: Element) => {
  const copy = cell.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll('.cell-label, .cites')) part.remove();
  return clean(copy.textContent);
};

/**
 * The headers a screen reader announces for a data cell, found as the HTML
 * table model does for this simple table: the row's `th scope=row` and every
 * `th scope=col` whose column the cell spans.
 */
function headersOf(cell: HTMLTableCellElement): string[] {
  const row = cell.parentElement as HTMLTableRowElement;
  const table = cell.closest('table')!;
  const rowHeader = row.querySelector('th[scope="row"]')!;
  let start = 0;
  for (const c of [...row.cells].slice(0, cell.cellIndex)) start += c.colSpan;
  const columnHeaders: string[] = [];
  let column = 0;
  for (const c of [...table.tHead!.rows[0].cells]) {
    if (c.matches('th[scope="col"]') && column >= start && column < start + cell.colSpan) columnHeaders.push(cellText(c));
    column += c.colSpan;
  }
  return [cellText(rowHeader), ...columnHeaders];
}

async function select(el: IccStanceCompare, index: number): Promise<void> {
  tabs(el)[index].click();
  await el.updateComplete;
}

/** Opens the related events as a reader does: their list is drawn once open. */
const openEvents = (el: IccStanceCompare) => openDisclosure(el, 'details.events');

describe('<icc-stance-compare>', () => {
  describe('the issue list', () => {
    it('lists every issue, in content order, with its status in words', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()}></icc-stance-compare>`);
      const list = shadow(el).querySelector('[role="tablist"]')!;
      expect(list.getAttribute('aria-label')).to.equal('Issues');
      // Laid out in rows (wrapping, or one row that scrolls): left and right move along it.
      expect(list.getAttribute('aria-orientation')).to.equal('horizontal');
      expect(texts(el, '[role="tab"]')).to.deep.equal(['Jurisdiction Contested', 'Immunity deals Partly aligned', 'Shared case Aligned']);
    });

    it('lists every issue of the bundled review', async () => {
      const group = await groupWithRealContent();
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${group}></icc-stance-compare>`);
      const issues = pageStore(group).content!.issues;
      expect(issues.length, 'issues in the bundled review').to.be.greaterThan(1);
      expect(texts(el, '[role="tab"]')).to.deep.equal(issues.map((i) => `${i.title} ${STATUS[i.status]}`));
    });

    it('shows the first issue when none is selected, without selecting it for the other widgets', async () => {
      const group = groupWith();
      const selections: Event[] = [];
      const record = (event: Event) => selections.push(event);
      document.addEventListener('icc-select', record);
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${group}></icc-stance-compare>`);
      document.removeEventListener('icc-select', record);
      expect(caption(el)).to.equal('Jurisdiction Contested');
      expect(tabs(el).map((t) => [t.getAttribute('aria-selected'), t.tabIndex])).to.deep.equal([['true', 0], ['false', -1], ['false', -1]]);
      expect(pageStore(group).selection.issue).to.equal(undefined);
      expect(el.hasAttribute('issue')).to.equal(false);
      expect(selections).to.have.length(0);
    });

    it('gives every issue a target of at least 44 by 44 pixels', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()}></icc-stance-compare>`);
      for (const tab of tabs(el)) {
        const box = tab.getBoundingClientRect();
        expect(box.height, cellText(tab)).to.be.at.least(44);
        expect(box.width, cellText(tab)).to.be.at.least(44);
      }
    });
  });

  describe('the selected issue', () => {
    it('compares both positions, the legal basis and where they meet, with the status', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()}></icc-stance-compare>`);
      await select(el, 1);
      expect(caption(el)).to.equal('Immunity deals Partly aligned');
      const rows = [...shadow(el).querySelectorAll('tbody tr')].map((row) => [
        cellText(row.querySelector('th')!),
        ...[...row.querySelectorAll('td')].map(cellBody),
      ]);
      expect(rows).to.deep.equal([
        ['Position', 'US deals text.', 'ICC deals text.'],
        ['Legal basis', 'Not given in this review', 'Art. 98(2)'],
        ['Where they meet', 'They meet on wording.'],
      ]);
    });

    it('leaves out the legal basis row when neither side has one', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()}></icc-stance-compare>`);
      await select(el, 2);
      expect(caption(el)).to.equal('Shared case Aligned');
      expect(texts(el, 'tbody th')).to.deep.equal(['Position', 'Where they meet']);
      expect(shadow(el).querySelector('.events')).to.equal(null);
    });

    it('says which related events were scheduled in advance', async () => {
      const content = threeIssues();
      content.timeline[1].scheduled = true;
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith(content)}></icc-stance-compare>`);
      await select(el, 1);
      await openEvents(el);
      // Numbers continue from the table: the US position cited the order first [1], the ICC's the Statute [2].
      expect(texts(el, '.events li')).to.deep.equal(['July 17, 1998: Vote[2]', 'February 2025: Order[1] (scheduled)']);
    });

    it('lists the related events in date order, each cited', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()}></icc-stance-compare>`);
      await select(el, 1);
      await openEvents(el);
      expect(texts(el, '.events summary')).to.deep.equal(['Related events']);
      // Listed as e-order, e-vote in the content; shown oldest first.
      expect(texts(el, '.events li')).to.deep.equal(['July 17, 1998: Vote[2]', 'February 2025: Order[1]']);
      expect(shadow(el).querySelector('.events time')!.getAttribute('datetime')).to.equal('1998-07-17');
    });

    it('numbers citations in reading order and resolves each to the sources list', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()}></icc-stance-compare>`);
      await select(el, 1);
      // US (order), ICC (statute), meeting (statute, press), events (statute, order).
      await openEvents(el);
      await openSources(el);
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a.cite')];
      expect(links.map((a) => a.textContent)).to.deep.equal(['1', '2', '2', '3', '2', '1']);
      for (const link of links) {
        expect(shadow(el).getElementById(link.hash.slice(1)), link.hash).to.exist;
        expect(link.getAttribute('aria-label')).to.equal(`source ${link.textContent}`);
      }
      expect(texts(el, '.sources li')).to.deep.equal([
        'The White House, An executive order, 2025.',
        'United Nations, Rome Statute, 2187 UNTS 90, July 17, 1998.',
        'A newspaper, A report, February 2025.',
      ]);
      links[2].click();
      expect(focused(el)?.id).to.equal('source-2');
    });

    it('shows a real issue preselected by attribute, with both positions and the Court\'s legal basis', async () => {
      const group = await groupWithRealContent();
      const content = pageStore(group).content!;
      // An issue other than the default (the first), where the Court states its legal basis.
      const issue = content.issues.slice(1).find((i) => i.icc.basis)!;
      expect(issue, 'a bundled issue, not the first, with the Court\'s legal basis').to.exist;
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${group} issue=${issue.id}></icc-stance-compare>`);
      expect(caption(el)).to.equal(`${issue.title} ${STATUS[issue.status]}`);
      const row = (header: string) => [...shadow(el).querySelectorAll('tbody tr')].find((r) => cellText(r.querySelector('th')!) === header)!;
      expect([...row('Position').querySelectorAll('td')].map(cellBody)).to.deep.equal([issue.us.text, issue.icc.text]);
      expect([...row('Legal basis').querySelectorAll('td')].map(cellBody)).to.deep.equal([issue.us.basis ?? 'Not given in this review', issue.icc.basis]);
      expect(cellBody(row('Where they meet').querySelector('td')!)).to.equal(issue.meeting.text);
      await openEvents(el);
      await expectCitations(shadow(el), citedInIssue(content, issue.id), issue.id);
    });

    it('fits the host outline through heading-level', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare heading-level="3" group=${groupWith()}></icc-stance-compare>`);
      await select(el, 1);
      const levels = [...shadow(el).querySelectorAll('[role="heading"]')].map((h) => [cellText(h), h.getAttribute('aria-level')]);
      // The related events are a disclosure, not a heading: the title is the widget's only heading.
      expect(levels).to.deep.equal([['Where the United States and the Court stand, issue by issue', '3']]);
    });
  });

  describe('citations', () => {
    /** Clicks through every tab and checks each panel's citations against the content. */
    async function expectEveryPanelCited(el: IccStanceCompare, content: Content): Promise<void> {
      expect(tabs(el)).to.have.length(content.issues.length);
      for (const [i, issue] of content.issues.entries()) {
        await select(el, i);
        expect(caption(el)).to.equal(`${issue.title} ${STATUS[issue.status]}`);
        await openEvents(el);
        await expectCitations(shadow(el), citedInIssue(content, issue.id), issue.id);
      }
    }

    it('leads every statement of every issue to its own source: both positions, the meeting, each event', async () => {
      // Every statement of the fixture cites sources no other statement cites.
      const content = citedContent();
      await expectEveryPanelCited(await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith(content)}></icc-stance-compare>`), content);
    });

    it('leads every statement of every issue of the bundled review to its own sources', async () => {
      const group = await groupWithRealContent();
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${group}></icc-stance-compare>`);
      await expectEveryPanelCited(el, pageStore(group).content!);
    });
  });

  describe('table semantics', () => {
    it('is a captioned table whose every cell has its row and column headers', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()}></icc-stance-compare>`);
      await select(el, 1);
      const table = shadow(el).querySelector('table')!;
      expect(table.getAttribute('role')).to.equal('table');
      expect(clean(table.caption!.textContent)).to.equal('Immunity deals Partly aligned');
      expect([...table.querySelectorAll('th[scope="col"]')].map(cellText)).to.deep.equal(['United States', 'International Criminal Court']);
      expect([...table.querySelectorAll('th[scope="row"]')].map(cellText)).to.deep.equal(['Position', 'Legal basis', 'Where they meet']);
      const cells = [...table.tBodies[0].querySelectorAll('td')];
      expect(cells.map(headersOf)).to.deep.equal([
        ['Position', 'United States'],
        ['Position', 'International Criminal Court'],
        ['Legal basis', 'United States'],
        ['Legal basis', 'International Criminal Court'],
        ['Where they meet', 'United States', 'International Criminal Court'],
      ]);
      // Explicit roles keep the semantics when the narrow layout changes the table's display.
      expect([...table.querySelectorAll('th')].map((th) => th.getAttribute('role'))).to.deep.equal([
        'columnheader', 'columnheader', 'rowheader', 'rowheader', 'rowheader',
      ]);
      expect(cells.every((td) => td.getAttribute('role') === 'cell')).to.equal(true);
      // The card labels repeat the column headers visually only.
      expect([...table.querySelectorAll('.cell-label')].every((l) => l.getAttribute('aria-hidden') === 'true')).to.equal(true);
    });

    it('ties the detail view to the selected tab', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()}></icc-stance-compare>`);
      await select(el, 2);
      const panel = shadow(el).querySelector('[role="tabpanel"]')!;
      expect(panel.getAttribute('aria-labelledby')).to.equal(selectedTab(el).id);
      expect(cellText(selectedTab(el))).to.equal('Shared case Aligned');
      for (const tab of tabs(el)) expect(shadow(el).getElementById(tab.getAttribute('aria-controls')!)).to.equal(panel);
    });
  });

  describe('keyboard', () => {
    it('moves focus with the arrows, Home and End, wrapping, without selecting', async () => {
      const group = groupWith();
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${group}></icc-stance-compare>`);
      const [first, second, third] = tabs(el);
      first.focus();
      const steps: [string, HTMLButtonElement][] = [
        ['ArrowDown', second], ['ArrowDown', third], ['ArrowDown', first], ['ArrowUp', third],
        ['Home', first], ['End', third], ['ArrowRight', first], ['ArrowLeft', third],
      ];
      for (const [key, expected] of steps) {
        await sendKeys({ press: key });
        expect(focused(el), key).to.equal(expected);
      }
      // Focus is visible, and the shown issue and the shared selection have not moved.
      expect(getComputedStyle(third).outlineStyle).to.equal('solid');
      expect(caption(el)).to.equal('Jurisdiction Contested');
      expect(pageStore(group).selection.issue).to.equal(undefined);
    });

    it('selects the focused issue with Space or Enter', async () => {
      const group = groupWith();
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${group}></icc-stance-compare>`);
      tabs(el)[0].focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(caption(el)).to.equal('Shared case Aligned');
      expect(selectedTab(el)).to.equal(tabs(el)[2]);
      expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, -1, 0]);
      expect(pageStore(group).selection.issue).to.equal('shared');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(caption(el)).to.equal('Immunity deals Partly aligned');
      expect(focused(el)).to.equal(tabs(el)[1]);
    });

    it('works the same in the narrow row, bringing the focused issue into full sight', async () => {
      const group = await groupWithRealContent();
      const el = await atWidth(358, group);
      const list = shadow(el).querySelector('[role="tablist"]')!;
      const all = tabs(el);
      /** The tab lies wholly inside the row's visible part. */
      const inSight = (tab: Element) => {
        const row = list.getBoundingClientRect();
        const box = tab.getBoundingClientRect();
        return box.left >= row.left - 1 && box.right <= row.right + 1;
      };
      all[1].focus();
      for (const next of [2, 3, 4]) {
        await sendKeys({ press: 'ArrowRight' });
        expect(focused(el)).to.equal(all[next]);
        await nextFrame();
        expect(inSight(all[next]), `issue ${next + 1} in sight`).to.equal(true);
      }
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(all[8]);
      await nextFrame();
      expect(inSight(all[8])).to.equal(true);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal(all[7]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(selectedTab(el)).to.equal(all[7]);
      expect(pageStore(group).selection.issue).to.equal(pageStore(group).content!.issues[7].id);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(all[0]);
    });

    it('selects the card that peeks out of the narrow row with one click', async () => {
      const group = await groupWithRealContent();
      const el = await atWidth(358, group);
      const row = shadow(el).querySelector('[role="tablist"]')!.getBoundingClientRect();
      const peeking = tabs(el)[2].getBoundingClientRect();
      expect(peeking.left, 'the next card is partly out of sight').to.be.below(row.right);
      expect(peeking.right).to.be.above(row.right);
      try {
        await sendMouse({ type: 'click', position: [Math.round((peeking.left + row.right) / 2), Math.round(peeking.top + 10)] });
      } catch {
        tabs(el)[2].click(); // a driver without pointer input: the click, without its position
      }
      await el.updateComplete;
      expect(selectedTab(el)).to.equal(tabs(el)[2]);
      await sendMouse({ type: 'move', position: [0, 0] }).catch(() => undefined);
    });

    it('shows an issue selected elsewhere in the narrow row, without scrolling the page', async () => {
      const group = await groupWithRealContent();
      const el = await atWidth(358, group);
      const list = shadow(el).querySelector('[role="tablist"]')!;
      const pageScroll = [window.scrollX, window.scrollY];
      pageStore(group).select({ issue: pageStore(group).content!.issues[6].id });
      await el.updateComplete;
      const row = list.getBoundingClientRect();
      const tab = selectedTab(el).getBoundingClientRect();
      expect(selectedTab(el)).to.equal(tabs(el)[6]);
      expect(tab.left).to.be.at.least(row.left - 1);
      expect(tab.right).to.be.at.most(row.right + 1);
      expect([window.scrollX, window.scrollY]).to.deep.equal(pageScroll);
    });

    it('leaves the list with Tab for the detail view', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()}></icc-stance-compare>`);
      tabs(el)[0].focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(shadow(el).querySelector('[role="tabpanel"]'));
    });
  });

  describe('shared selection', () => {
    it('reports the reader\'s choice and shares it with the other widgets of the group', async () => {
      const group = groupWith();
      const wrapper = await fixture(html`<div>
        <icc-stance-compare group=${group}></icc-stance-compare><icc-stance-compare group=${group}></icc-stance-compare>
      </div>`);
      const [el, other] = wrapper.querySelectorAll('icc-stance-compare');
      const chosen = oneEvent(el, 'icc-select') as Promise<IccSelectEvent>;
      tabs(el)[1].click();
      const event = await chosen;
      expect(event.detail).to.deep.equal({ kind: 'issue', id: 'immunity', widget: 'icc-stance-compare' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(pageStore(group).selection.issue).to.equal('immunity');
      await el.updateComplete;
      await other.updateComplete;
      expect(el.getAttribute('issue')).to.equal('immunity');
      expect(caption(other)).to.equal('Immunity deals Partly aligned');
      expect(other.getAttribute('issue')).to.equal('immunity');
    });

    it('does not report a choice again when the reader picks the issue already selected', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()} issue="immunity"></icc-stance-compare>`);
      let reported = 0;
      el.addEventListener('icc-select', () => reported++);
      tabs(el)[1].click();
      tabs(el)[0].click();
      expect(reported).to.equal(1);
    });

    it('preselects the issue of the issue attribute and reflects later choices in it', async () => {
      const group = groupWith();
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${group} issue="immunity"></icc-stance-compare>`);
      expect(caption(el)).to.equal('Immunity deals Partly aligned');
      expect(selectedTab(el)).to.equal(tabs(el)[1]);
      expect(pageStore(group).selection.issue).to.equal('immunity');
      el.setAttribute('issue', 'shared');
      await el.updateComplete;
      expect(caption(el)).to.equal('Shared case Aligned');
      el.issue = 'jurisdiction';
      await el.updateComplete;
      expect(caption(el)).to.equal('Jurisdiction Contested');
      await select(el, 2);
      expect(el.getAttribute('issue')).to.equal('shared');
    });

    it('follows a selection made elsewhere, and falls back to the first issue for an unknown one', async () => {
      const group = groupWith();
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${group}></icc-stance-compare>`);
      pageStore(group).select({ issue: 'shared' });
      await el.updateComplete;
      expect(caption(el)).to.equal('Shared case Aligned');
      expect(selectedTab(el)).to.equal(tabs(el)[2]);
      expect(el.getAttribute('issue')).to.equal('shared');
      pageStore(group).select({ issue: 'no-such-issue' });
      await el.updateComplete;
      expect(caption(el)).to.equal('Jurisdiction Contested');
      expect(selectedTab(el)).to.equal(tabs(el)[0]);
    });
  });

  /** The widget inside a container of the given width, with the second issue selected. */
  async function atWidth(width: number, group = groupWith()): Promise<IccStanceCompare> {
    const wrapper = await fixture<HTMLDivElement>(html`<div><icc-stance-compare group=${group}></icc-stance-compare></div>`);
    wrapper.style.inlineSize = `${width}px`;
    const el = wrapper.querySelector('icc-stance-compare')!;
    await select(el, 1);
    // The host's ResizeObserver reports the new width at the next layout and fits "Read more" a frame later.
    await nextFrame();
    await nextFrame();
    return el;
  }

  describe('layout', () => {
    it('is a table under the issues, laid out in a grid of rows, on a wide container', async () => {
      const el = await atWidth(1000);
      const row = shadow(el).querySelector('tbody tr')!;
      expect(getComputedStyle(row).display).to.equal('table-row');
      expect(getComputedStyle(shadow(el).querySelector('.cell-label')!).display).to.equal('none');
      expect(shadow(el).querySelector('thead')!.getBoundingClientRect().height).to.be.greaterThan(10);
      const list = shadow(el).querySelector('[role="tablist"]')!.getBoundingClientRect();
      const panel = shadow(el).querySelector('[role="tabpanel"]')!.getBoundingClientRect();
      expect(list.bottom).to.be.at.most(panel.top);
      // Three issues side by side in one row, not a tall list.
      expect(new Set(tabs(el).map((t) => t.getBoundingClientRect().top)).size).to.equal(1);
      expect(list.height).to.be.below(100);
      const [us, icc] = row.querySelectorAll('td');
      expect(us.getBoundingClientRect().top).to.equal(icc.getBoundingClientRect().top);
    });

    it('keeps the nine bundled issues to a few rows of a 700px column', async () => {
      const el = await atWidth(700, await groupWithRealContent());
      expect(tabs(el)).to.have.length(9);
      const rows = new Set(tabs(el).map((t) => Math.round(t.getBoundingClientRect().top)));
      expect(rows.size, 'rows of issues').to.be.at.most(3);
      expect(shadow(el).querySelector('[role="tablist"]')!.getBoundingClientRect().height).to.be.below(320);
    });

    it('puts the issues in one row that scrolls sideways on a narrow container, the page not', async () => {
      const el = await atWidth(280, await groupWithRealContent());
      const list = shadow(el).querySelector<HTMLElement>('[role="tablist"]')!;
      expect(new Set(tabs(el).map((t) => t.getBoundingClientRect().top)).size, 'one row').to.equal(1);
      expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
      expect(getComputedStyle(list).overflowX).to.equal('auto');
      // The next issue peeks out, so the row looks like it continues.
      expect(tabs(el)[1].getBoundingClientRect().left).to.be.below(list.getBoundingClientRect().right);
      const base = shadow(el).querySelector<HTMLElement>('.base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.scrollWidth).to.be.at.most(280);
    });

    it('is stacked cards, each cell labelled by its column, on a narrow container', async () => {
      const el = await atWidth(280);
      const row = shadow(el).querySelector('tbody tr')!;
      expect(getComputedStyle(row).display).to.equal('block');
      const [us, icc] = row.querySelectorAll('td');
      expect(icc.getBoundingClientRect().top).to.be.greaterThan(us.getBoundingClientRect().bottom - 1);
      const label = us.querySelector<HTMLElement>('.cell-label')!;
      expect(label.innerText).to.equal('United States');
      expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
      // The header row leaves the screen but stays in the table for assistive technology.
      const head = shadow(el).querySelector('thead')!.getBoundingClientRect();
      expect(head.width * head.height).to.be.at.most(1);
      const list = shadow(el).querySelector('[role="tablist"]')!.getBoundingClientRect();
      const panel = shadow(el).querySelector('[role="tabpanel"]')!.getBoundingClientRect();
      expect(list.bottom).to.be.at.most(panel.top);
      // Nothing sticks out of the narrow column.
      expect(shadow(el).querySelector('table')!.getBoundingClientRect().width).to.be.at.most(280);
    });

    it('uses no style attributes, so it runs under a strict style-src', async () => {
      const el = await atWidth(280);
      expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    });
  });

  describe('related events, behind their count', () => {
    const details = (el: Element) => shadow(el).querySelector<HTMLDetailsElement>('details.events')!;
    const shown = (node: Element) => node.checkVisibility();

    it('sit closed under a line that gives their count, and are drawn when opened', async () => {
      const el = await atWidth(700);
      const events = details(el);
      expect(events.open).to.equal(false);
      const summary = events.querySelector('summary')!;
      expect(summary.dataset.count).to.equal('2');
      // The count is drawn after the words: "Related events (2)".
      expect(drawnAfter(summary)).to.equal('(2)');
      expect(shown(summary)).to.equal(true);
      expect(summary.getBoundingClientRect().height).to.be.at.least(44);
      // A reader switching issues does not have each issue's list built into a closed box.
      expect(events.querySelectorAll('li'), 'nothing drawn while closed').to.have.length(0);
      summary.click();
      await oneEvent(events, 'toggle');
      await el.updateComplete;
      const items = [...events.querySelectorAll('li')];
      expect(items).to.have.length(2);
      expect(items.every(shown)).to.equal(true);
    });

    it('stay open from issue to issue, each drawing its own', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()}></icc-stance-compare>`);
      await openEvents(el);
      expect(texts(el, '.events li')).to.deep.equal(['July 17, 1998: Vote[2]']);
      await select(el, 2);
      // The shared case has no events: the disclosure goes, and the next one starts closed.
      expect(details(el)).to.equal(null);
      await select(el, 1);
      expect(details(el).open).to.equal(false);
      expect(details(el).querySelectorAll('li')).to.have.length(0);
      await openEvents(el);
      expect(texts(el, '.events li')).to.have.length(2);
      await select(el, 0);
      expect(details(el).open).to.equal(true);
      expect(texts(el, '.events li')).to.deep.equal(['July 17, 1998: Vote[2]']);
    });

    it('number their sources while closed: the sources list is the same before and after they open', async () => {
      const content = citedContent();
      const issue = content.issues.find((i) => content.timeline.some((e) => e.issues?.includes(i.id)))!;
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith(content)} issue=${issue.id}></icc-stance-compare>`);
      await openSources(el);
      const closed = texts(el, '.sources li');
      // Every source of the issue: the table's and the events' (each statement of the fixture cites its own).
      expect(closed).to.have.length(new Set([...citedInIssue(content, issue.id).values()].flat()).size);
      await openEvents(el);
      expect(texts(el, '.sources li')).to.deep.equal(closed);
    });

    it('open and close from the keyboard', async () => {
      const el = await atWidth(700);
      const events = details(el);
      const summary = events.querySelector('summary')!;
      summary.focus();
      const toggled = oneEvent(events, 'toggle');
      await sendKeys({ press: 'Enter' });
      expect(events.open).to.equal(true);
      // The list is drawn once open.
      await toggled;
      await el.updateComplete;
      expect([...events.querySelectorAll('li')].every(shown)).to.equal(true);
      expect(texts(el, '.events li')).to.deep.equal(['July 17, 1998: Vote[2]', 'February 2025: Order[1]']);
      await sendKeys({ press: ' ' });
      expect(events.open).to.equal(false);
      expect(focused(el)).to.equal(summary);
    });

    it('print in full, open or not', async () => {
      const el = await atWidth(700);
      // Printing fires beforeprint (emulated print media does not): the closed list is drawn for it.
      dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      await inPrint(el, () => {
        expect(details(el).open).to.equal(false);
        const items = [...details(el).querySelectorAll('li')];
        expect(items).to.have.length(2);
        expect(items.every(shown)).to.equal(true);
      });
    });
  });

  describe('long positions on narrow containers', () => {
    const LONG = Array.from({ length: 16 }, (_, i) => `The US argues point ${i + 1} at some length.`).join(' ');
    /** The second issue with a long US position and a short ICC one. */
    function longPosition(): string {
      const content = threeIssues();
      content.issues[1].us.text = LONG;
      return groupWith(content);
    }
    const text = (el: Element, side: 'us' | 'icc') => shadow(el).querySelector<HTMLElement>(`#text-${side}`)!;
    const more = (el: Element, side: 'us' | 'icc') => shadow(el).querySelector<HTMLInputElement>(`.more[aria-controls="text-${side}"]`)!;
    const cut = (node: HTMLElement) => node.scrollHeight > node.clientHeight + 1;
    const shown = (node: Element) => node.checkVisibility();

    it('show their first lines and the rest one "Read more" away, opened from the keyboard', async () => {
      const el = await atWidth(358, longPosition());
      const us = text(el, 'us');
      expect(cut(us), 'the long position is cut').to.equal(true);
      const lines = us.clientHeight / parseFloat(getComputedStyle(us).lineHeight);
      expect(lines).to.be.within(4.5, 5.5);
      const button = more(el, 'us');
      expect(shown(button)).to.equal(true);
      expect(button.value).to.equal('Read more');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      // Its words are the input's value, not text: the panel's text stays the light-DOM copy's.
      expect(cellBody(us.closest('td')!)).to.equal(LONG);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.value).to.equal('Show less');
      expect(cut(us), 'open: all of it').to.equal(false);
      expect(focused(el)).to.equal(button);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(cut(us)).to.equal(true);
    });

    it('need no button when they fit, nor on a wide container', async () => {
      const el = await atWidth(358, longPosition());
      expect(cut(text(el, 'icc'))).to.equal(false);
      expect(shown(more(el, 'icc')), 'a short position').to.equal(false);
      el.parentElement!.style.inlineSize = '1000px';
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(cut(text(el, 'us'))).to.equal(false);
      expect(shown(more(el, 'us')), 'a wide container shows all').to.equal(false);
      el.parentElement!.style.inlineSize = '358px';
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(shown(more(el, 'us')), 'narrow again').to.equal(true);
    });

    it('get their button when a container narrows after a long one was chosen on it wide', async () => {
      const content = threeIssues();
      content.issues[2].us.text = LONG;
      const el = await atWidth(1000, groupWith(content));
      await select(el, 2);
      expect(shown(more(el, 'us')), 'wide: all of it').to.equal(false);
      el.parentElement!.style.inlineSize = '358px';
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(cut(text(el, 'us'))).to.equal(true);
      expect(shown(more(el, 'us')), 'narrow: one button away').to.equal(true);
    });

    it('stay open for their issue only', async () => {
      const el = await atWidth(358, longPosition());
      more(el, 'us').click();
      await el.updateComplete;
      await select(el, 0);
      expect(more(el, 'us').getAttribute('aria-expanded')).to.equal('false');
      await select(el, 1);
      expect(more(el, 'us').getAttribute('aria-expanded')).to.equal('true');
      expect(cut(text(el, 'us'))).to.equal(false);
    });

    it('lift the cut for a citation mark reached by keyboard', async () => {
      const el = await atWidth(358, longPosition());
      const us = text(el, 'us');
      us.querySelector<HTMLAnchorElement>('a.cite')!.focus();
      expect(cut(us)).to.equal(false);
      (shadow(el).activeElement as HTMLElement).blur();
      expect(cut(us)).to.equal(true);
    });

    it('print in full, without the buttons', async () => {
      const el = await atWidth(358, longPosition());
      expect(cut(text(el, 'us'))).to.equal(true);
      await inPrint(el, () => {
        expect(cut(text(el, 'us'))).to.equal(false);
        expect(shown(more(el, 'us'))).to.equal(false);
      });
    });

    it('are given in full, with the events opening, by the server-rendered copy without JavaScript', async () => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin'); // no allow-scripts: JavaScript is off
      frame.width = '358';
      frame.height = '800';
      frame.src = '/ssr-page?tag=icc-stance-compare';
      document.body.append(frame);
      try {
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const root = frame.contentDocument!.querySelector('icc-stance-compare')!.shadowRoot!;
        expect(getComputedStyle(root.querySelector('tbody tr')!).display, 'the card layout').to.equal('block');
        for (const node of root.querySelectorAll<HTMLElement>('.clamp')) expect(cut(node)).to.equal(false);
        for (const button of root.querySelectorAll('.more')) expect(shown(button)).to.equal(false);
        const events = root.querySelector<HTMLDetailsElement>('details.events')!;
        expect(events.open).to.equal(false);
        events.querySelector('summary')!.click();
        expect(events.open).to.equal(true);
        expect(shown(events.querySelector('li')!)).to.equal(true);
      } finally {
        frame.remove();
      }
    });
  });

  it('renders hostile strings as text and runs nothing', async () => {
    const content = threeIssues();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    content.issues[0].title = hostile;
    content.issues[0].us.text = hostile;
    content.issues[0].icc.basis = hostile;
    content.timeline[0].title = hostile;
    const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith(content)}></icc-stance-compare>`);
    await openEvents(el);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect(caption(el)).to.equal(`${hostile} Contested`);
    expect(cellText(tabs(el)[0])).to.equal(`${hostile} Contested`);
    expect(texts(el, '.events li')[0]).to.include(hostile);
  });

  describe('accessibility (axe)', () => {
    it('is clean with no issue selected', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()}></icc-stance-compare>`);
      await expect(el).to.be.accessible();
    });

    it('is clean with an issue selected', async () => {
      const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${groupWith()}></icc-stance-compare>`);
      await select(el, 1);
      await expect(el).to.be.accessible();
    });

    it('is clean with the related events open and a position opened', async () => {
      const group = await groupWithRealContent();
      const el = await atWidth(358, group);
      await openEvents(el);
      expect(texts(el, '.events li'), 'the events drawn').to.not.have.length(0);
      const button = shadow(el).querySelector<HTMLInputElement>('.more:not([hidden])')!;
      expect(button, 'a position cut short').to.exist;
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('is clean on a narrow and on a wide container, with the bundled review', async () => {
      const group = await groupWithRealContent();
      // An issue with a legal basis row, to check the fullest table.
      const issue = pageStore(group).content!.issues.find((i) => i.us.basis || i.icc.basis)!;
      const wrapper = await fixture<HTMLDivElement>(html`<div><icc-stance-compare group=${group} issue=${issue.id}></icc-stance-compare></div>`);
      const el = wrapper.querySelector('icc-stance-compare')!;
      expect(caption(el)).to.equal(`${issue.title} ${STATUS[issue.status]}`);
      for (const width of [280, 1000]) {
        wrapper.style.inlineSize = `${width}px`;
        await nextFrame();
        expect(getComputedStyle(shadow(el).querySelector('tbody tr')!).display).to.equal(width < 500 ? 'block' : 'table-row');
        await expect(el).to.be.accessible();
      }
    });
  });
});
