import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/elements/us-icc-position/define.js';
import type { UsIccPosition } from '../../../src/elements/us-icc-position/us-icc-position.js';
import type { Content } from '../../../src/content/schema.js';
import { parseContent } from '../../../src/content/validate.js';
import { pageStore } from '../../../src/state/page-stores.js';
import { timeOf } from '../../../src/elements/us-icc-position/views.js';
import '../../../src/elements/icc-summary/define.js';
import { sampleContent } from '../../fixtures/content.js';
import { citedContent } from '../../fixtures/widgets-cited.js';
import { citedInPeriod, expectCitations } from '../../fixtures/widgets-citations.js';

let groups = 0;
/** A fresh page-level group holding the content, so tests never share state. */
function groupWith(content: Content): string {
  const group = `position-test-${++groups}`;
  pageStore(group).setContent(content);
  return group;
}

/**
 * The sample (two administrations, two events) plus a middle administration
 * whose score the scale leaves unnamed, and two more events, so that tabs have
 * neighbours and panels have several events.
 */
function sample(): Content {
  const content = sampleContent();
  content.administrations.splice(1, 0, {
    id: 'adm-m', president: 'Middle President', start: '2001-01-20', end: '2025-01-20', stance: 1,
    summary: 'Middle summary.', reasons: [{ id: 'r-m', text: 'Middle reason.', sources: ['press'] }],
    sources: ['press'],
  });
  content.timeline.push(
    { id: 'e-mid', date: '2010-06', precision: 'month', title: 'Middle event', text: 'Middle detail text.',
      administration: 'adm-m', effect: 'closer', sources: ['press'], issues: ['jurisdiction'] },
    { id: 'e-late', date: '2025-06-01', precision: 'day', title: 'Late event', text: 'Late detail text.',
      administration: 'adm-b', effect: 'neutral', sources: ['statute'] },
  );
  return content;
}

/** The bundled English content, parsed as the widgets get it. */
async function realContent(): Promise<Content> {
  const response = await fetch(new URL('../../../src/content/en.json', import.meta.url));
  const result = parseContent(await response.text());
  if (!result.ok) throw new Error('the bundled content does not validate');
  return result.content;
}

async function position(group: string, attrs: { period?: string; headingLevel?: number } = {}): Promise<UsIccPosition> {
  return fixture<UsIccPosition>(html`<us-icc-position group=${group} period=${ifDefined(attrs.period)}
    heading-level=${attrs.headingLevel ?? 2}></us-icc-position>`);
}

/** The element inside a container of the given width, to exercise the container queries. */
async function inContainer(group: string, width: string): Promise<UsIccPosition> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><us-icc-position group=${group}></us-icc-position></div>`);
  wrapper.style.inlineSize = width;
  const el = wrapper.querySelector('us-icc-position')!;
  await el.updateComplete;
  return el;
}

/** The administrations in order of time, as the tabs list them. */
const inOrder = (content: Content) => [...content.administrations].sort((a, b) => a.start.localeCompare(b.start));

const shadow = (el: Element) => el.shadowRoot!;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const tabs = (el: Element) => all<HTMLButtonElement>(el, '[role="tab"]');
const selectedTab = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[role="tab"][aria-selected="true"]')!;
const panel = (el: Element) => shadow(el).querySelector<HTMLElement>('[role="tabpanel"]')!;
const panelHeading = (el: Element) => text(panel(el).querySelector('[role="heading"]')!);
const eventButton = (el: Element, id: string) => shadow(el).getElementById(`event-${id}-button`) as HTMLButtonElement;
const detail = (el: Element, id: string) => shadow(el).getElementById(`event-${id}`)!;
const shown = (node: Element) => node.getBoundingClientRect().height > 1;

/** Where a chart element sits, in the drawing's units: the centre of its box (a dot, a diamond and a ring alike). */
function centre(node: Element): [number, number] {
  const box = (node as SVGGraphicsElement).getBBox();
  return [box.x + box.width / 2, box.y + box.height / 2];
}
const sameSpot = (a: [number, number], b: [number, number]) => Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) < 0.01;
const rowIndex = (row: Element) => [...row.parentElement!.children].indexOf(row);

/**
 * Asserts what a reader sees with one event open (the chart must be drawn:
 * a wide container): its administration's tab, chart line and table row
 * selected; one ring on the chart, on that event's mark; in the panel, that
 * event's disclosure open with its text, and every other event closed.
 */
function expectOpen(el: UsIccPosition, content: Content, id: string): void {
  const event = content.timeline.find((e) => e.id === id)!;
  const admins = inOrder(content);
  const admin = admins.find((a) => a.id === event.administration)!;
  expect(tabs(el).indexOf(selectedTab(el)), `${id}: the tab of ${admin.id}`).to.equal(admins.indexOf(admin));
  expect(panelHeading(el), id).to.equal(`${admin.president}, ${text(selectedTab(el).querySelector('.years')!)}`);
  expect(all<SVGLineElement>(el, 'svg .level.selected').map((l) => l.dataset.period), id).to.deep.equal([admin.id]);
  expect(all(el, '.data tr.selected').map((row) => rowIndex(row)), id).to.deep.equal([admins.indexOf(admin)]);

  const rings = all(el, 'svg circle.ring');
  expect(rings, `${id}: rings on the chart`).to.have.length(1);
  const spot = centre(rings[0]);
  const mark = centre(shadow(el).querySelector(`svg .mark[data-event="${id}"]`)!);
  expect(sameSpot(spot, mark), `${id}: the ring (at ${spot}) sits on the event's mark (at ${mark})`).to.equal(true);
  // And on no other event's, unless that one happened at the same time in the same administration.
  const atSpot = all<SVGElement>(el, 'svg .mark').filter((m) => sameSpot(centre(m), spot)).map((m) => m.dataset.event);
  const together = content.timeline.filter((e) => e.administration === event.administration && timeOf(e.date) === timeOf(event.date));
  expect(atSpot.sort(), `${id}: the marks under the ring`).to.deep.equal(together.map((e) => e.id).sort());

  expect(eventButton(el, id).getAttribute('aria-expanded'), id).to.equal('true');
  expect(shown(detail(el, id)), `${id}: its detail is visible`).to.equal(true);
  expect(text(detail(el, id)), id).to.equal(event.text);
  expect(all(el, '.events button[aria-expanded="true"]'), `${id}: open events`).to.deep.equal([eventButton(el, id)]);
  expect(all(el, '.detail').filter(shown), `${id}: visible details`).to.deep.equal([detail(el, id)]);
}

describe('<us-icc-position>', () => {
  it('renders one tab per administration, in order of time, and shows the latest without selecting it', async () => {
    const group = groupWith(sample());
    const el = await position(group);
    expect(tabs(el).map(text)).to.deep.equal([
      'First President 1993–2001', 'Middle President 2001–2025', 'Second President since 2025',
    ]);
    expect(text(selectedTab(el))).to.equal('Second President since 2025');
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, -1, 0]);
    expect(panelHeading(el)).to.equal('Second President, since 2025');
    expect(panel(el).getAttribute('aria-labelledby')).to.equal(selectedTab(el).id);
    // Rendering alone writes nothing into the shared selection.
    expect(pageStore(group).selection.period).to.equal(undefined);
  });

  it('draws the real content: one tab per administration, one mark per event on its administration\'s line', async () => {
    const content = await realContent();
    const el = await inContainer(groupWith(content), '1000px');
    expect(tabs(el).map((t) => text(t.querySelector('.president')!))).to.deep.equal(inOrder(content).map((a) => a.president));
    const marks = all<SVGCircleElement>(el, 'svg .mark');
    // Every event, once.
    expect(marks.map((m) => m.dataset.event).sort()).to.deep.equal(content.timeline.map((e) => e.id).sort());
    const levels = new Map(all<SVGLineElement>(el, 'svg .level').map((l) => [l.dataset.period, l.getAttribute('y1')]));
    for (const mark of marks) {
      const event = content.timeline.find((e) => e.id === mark.dataset.event)!;
      expect(mark.getAttribute('cy'), event.id).to.equal(levels.get(event.administration));
    }
  });

  it('gives the chart a text alternative and a table with the same rows and scores', async () => {
    const content = await realContent();
    const el = await inContainer(groupWith(content), '1000px');
    const chart = shadow(el).querySelector('svg[role="img"]')!;
    const rows = all(el, '.data tbody tr').map((row) => [...row.children].map(text));
    // What a reader should find in each row, worked out from the content: "George W. Bush | 2001–2009 | Opposition (-1)".
    const year = (date: string) => date.slice(0, 4);
    const { labels } = content.meta.stanceScale;
    expect(rows).to.deep.equal(inOrder(content).map((a) => {
      const score = a.stance > 0 ? `+${a.stance}` : String(a.stance);
      const label = labels.find((l) => l.value === a.stance)?.label;
      return [a.president, a.end ? `${year(a.start)}–${year(a.end)}` : `since ${year(a.start)}`, label ? `${label} (${score})` : score];
    }));
    expect(all(el, '.data th[scope="col"]').map(text)).to.deep.equal(['Administration', 'Years', 'Stance']);
    expect(text(shadow(el).querySelector('caption')!)).to.equal('US stance toward the ICC by administration');
    // Each administration's level sits on the grid line labelled with its score in the table.
    const levels = all<SVGLineElement>(el, 'svg .level');
    const ticks = all<SVGTextElement>(el, 'svg .tick');
    expect(levels).to.have.length(rows.length);
    levels.forEach((level, i) => {
      const tick = ticks.find((t) => t.getAttribute('y') === level.getAttribute('y1'))!;
      const tickLines = [...tick.querySelectorAll('tspan')].map((line) => line.textContent).join(' ');
      expect(rows[i][2], rows[i][0]).to.include(tickLines);
      expect(chart.getAttribute('aria-label')).to.include(`${rows[i][0]}, ${rows[i][1]}: ${rows[i][2]}`);
    });
    const from = inOrder(content)[0].start.slice(0, 4);
    expect(chart.getAttribute('aria-label')).to.match(new RegExp(`^Line chart of the US stance toward the ICC, ${from} to ${content.meta.asOf.slice(0, 4)}\\.`));
    expect(chart.getAttribute('aria-label')).to.match(new RegExp(`\\. ${content.timeline.length} events are marked on the line\\.$`));
  });

  it('shows the selected administration\'s summary, reasons and dated events, each cited', async () => {
    const el = await position(groupWith(sample()), { period: 'adm-m' });
    const body = panel(el).innerText;
    expect(body).to.include('Stance: +1');
    expect(body).to.include('Middle summary.');
    expect(all(el, '.panel [role="heading"]').map(text)).to.deep.equal(['Middle President, 2001–2025', 'Reasons given', 'Events']);
    expect(all(el, '.reasons li').map(text)).to.deep.equal(['Middle reason.[1]']);
    const event = shadow(el).querySelector<HTMLElement>('.event')!;
    expect(event.innerText).to.include('June 2010');
    expect(event.innerText).to.include('Middle event');
    expect(event.innerText).to.include('Moved closer to the Court');
    expect(event.querySelectorAll('a.cite')).to.have.length(1);
    expect(shown(detail(el, 'e-mid'))).to.equal(false);
    // Every citation leads to an entry of the sources list.
    for (const link of all<HTMLAnchorElement>(el, 'a.cite')) expect(shadow(el).getElementById(link.hash.slice(1)), link.hash).to.exist;
    expect(all(el, '.sources li').map(text)).to.deep.equal(['A newspaper, A report, February 2025.']);
    expect(text(shadow(el).querySelector('footer summary')!)).to.equal('Updated January 15, 2026 · 1 source');
  });

  it('moves between tabs with the arrow keys, Home and End, selecting as focus moves', async () => {
    const group = groupWith(sample());
    const el = await position(group);
    selectedTab(el).focus();
    const focused = () => text(shadow(el).activeElement!);
    const expectOn = async (name: string, period: string) => {
      await el.updateComplete;
      expect(focused()).to.match(new RegExp(`^${name}`));
      expect(text(selectedTab(el))).to.match(new RegExp(`^${name}`));
      expect(tabs(el).filter((t) => t.tabIndex === 0)).to.deep.equal([selectedTab(el)]);
      expect(pageStore(group).selection.period).to.equal(period);
      expect(panelHeading(el)).to.match(new RegExp(`^${name}`));
    };
    await sendKeys({ press: 'ArrowRight' }); // wraps from the last to the first
    await expectOn('First President', 'adm-a');
    await sendKeys({ press: 'ArrowRight' });
    await expectOn('Middle President', 'adm-m');
    await sendKeys({ press: 'ArrowLeft' });
    await expectOn('First President', 'adm-a');
    await sendKeys({ press: 'ArrowLeft' }); // wraps from the first to the last
    await expectOn('Second President', 'adm-b');
    await sendKeys({ press: 'Home' });
    await expectOn('First President', 'adm-a');
    await sendKeys({ press: 'End' });
    await expectOn('Second President', 'adm-b');
    await sendKeys({ press: 'ArrowUp' });
    await expectOn('Middle President', 'adm-m');
    await sendKeys({ press: 'ArrowDown' });
    await expectOn('Second President', 'adm-b');
  });

  it('opens an event with Enter and closes it with Space, sharing the choice', async () => {
    const group = groupWith(sample());
    const el = await position(group, { period: 'adm-b' });
    const button = eventButton(el, 'e-late');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    const opened = oneEvent(el, 'icc-select');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail).to.deep.equal({ kind: 'event', id: 'e-late', widget: 'us-icc-position' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(detail(el, 'e-late'))).to.equal(true);
    expect(detail(el, 'e-late').innerText).to.include('Late detail text.');
    expect(pageStore(group).selection.event).to.equal('e-late');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(detail(el, 'e-late'))).to.equal(false);
    expect(pageStore(group).selection.event).to.equal(undefined);
    expect(shadow(el).activeElement).to.equal(button);
  });

  it('fires icc-select when a tab is clicked, and other widgets on the store follow', async () => {
    const group = groupWith(sample());
    const el = await position(group);
    const other = await position(group);
    const selected = oneEvent(el, 'icc-select');
    tabs(el)[0].click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ kind: 'period', id: 'adm-a', widget: 'us-icc-position' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(pageStore(group).selection.period).to.equal('adm-a');
    await other.updateComplete;
    expect(panelHeading(other)).to.equal('First President, 1993–2001');
    expect(other.getAttribute('period')).to.equal('adm-a');
  });

  it('marks the events related to the selected issue, in the list and on the chart', async () => {
    const group = groupWith(sample());
    const el = await inContainer(group, '1000px');
    pageStore(group).select({ issue: 'jurisdiction', period: 'adm-m' });
    await el.updateComplete;
    const related = shadow(el).querySelector<HTMLElement>('.event')!;
    expect(related.classList.contains('related')).to.equal(true);
    expect(related.innerText).to.include('◆ Related to the selected issue: Jurisdiction');
    expect(getComputedStyle(related).backgroundColor).not.to.equal(getComputedStyle(panel(el)).backgroundColor);
    // The button's description carries the relation to screen reader users.
    const described = eventButton(el, 'e-mid').getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => text(shadow(el).getElementById(id)!)).join(' ')).to.include('Related to the selected issue: Jurisdiction');
    // On the chart, related events are diamonds; the others stay dots.
    expect(all(el, 'svg .mark.related').map((m) => m.dataset.event)).to.deep.equal(['e-vote', 'e-mid']);
    expect(all(el, 'svg .mark.related').every((m) => m.localName === 'path')).to.equal(true);
    expect(all(el, 'svg circle.mark').map((m) => m.dataset.event)).to.deep.equal(['e-order', 'e-late']);
    expect(text(shadow(el).querySelector('.legend')!)).to.include('Related to the selected issue');

    pageStore(group).select({ issue: undefined });
    await el.updateComplete;
    expect(panel(el).innerText).not.to.include('Related to the selected issue');
    expect(all(el, 'svg .mark.related')).to.have.length(0);
  });

  it('selects the tab named by the period attribute', async () => {
    const group = groupWith(sample());
    const el = await position(group);
    el.setAttribute('period', 'adm-a');
    await el.updateComplete;
    expect(text(selectedTab(el))).to.equal('First President 1993–2001');
    expect(panelHeading(el)).to.equal('First President, 1993–2001');
    expect(pageStore(group).selection.period).to.equal('adm-a');
    expect(shadow(el).querySelector('.data tr.selected th')!.textContent).to.equal('First President');
  });

  it('opens an event chosen elsewhere in its administration, and keeps it there when closed', async () => {
    const group = groupWith(sample());
    const el = await inContainer(group, '1000px');
    pageStore(group).select({ period: 'adm-b' });
    pageStore(group).select({ event: 'e-vote' });
    await el.updateComplete;
    expect(text(selectedTab(el))).to.equal('First President 1993–2001');
    expect(eventButton(el, 'e-vote').getAttribute('aria-expanded')).to.equal('true');
    expect(shown(detail(el, 'e-vote'))).to.equal(true);
    expect(detail(el, 'e-vote').innerText).to.include('A vote.');
    expectOpen(el, pageStore(group).content!, 'e-vote');
    eventButton(el, 'e-vote').click();
    await el.updateComplete;
    expect(shown(detail(el, 'e-vote'))).to.equal(false);
    expect(text(selectedTab(el))).to.equal('First President 1993–2001');
    // Choosing a period again is what moves the panel.
    tabs(el)[2].click();
    await el.updateComplete;
    expect(panelHeading(el)).to.equal('Second President, since 2025');
  });

  it('selects a period from a click on its band in the chart', async () => {
    const group = groupWith(sample());
    const el = await inContainer(group, '1000px');
    const selected = oneEvent(el, 'icc-select');
    shadow(el).querySelector<SVGRectElement>('svg .band')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail.id).to.equal('adm-a');
    await el.updateComplete;
    expect(text(selectedTab(el))).to.equal('First President 1993–2001');
    expect(shadow(el).querySelector('svg .band.selected')).to.equal(shadow(el).querySelector('svg .band'));
  });

  it('gives the reason for the score, cited, and marks an event scheduled in advance', async () => {
    const content = sample();
    content.administrations[1].rationale = { text: 'Support for some cases made most of the term.', sources: ['statute'] };
    content.timeline.find((e) => e.id === 'e-mid')!.scheduled = true;
    const el = await position(groupWith(content), { period: 'adm-m' });
    expect(text(shadow(el).querySelector('.rationale')!)).to.equal('Why this score: Support for some cases made most of the term.[1]');
    expect(all(el, '.sources li').map(text)[0]).to.match(/^United Nations, Rome Statute/);
    const meta = shadow(el).querySelector<HTMLElement>('.event .meta')!;
    expect(meta.innerText).to.include('Scheduled in advance');
    // An event that happened is not marked.
    await position(groupWith(sample()), { period: 'adm-m' }).then((plain) => expect(shadow(plain).querySelector('.event .meta')!.textContent).not.to.include('Scheduled'));
  });

  it('fits the host outline through heading-level', async () => {
    const el = await position(groupWith(sample()), { headingLevel: 3, period: 'adm-m' });
    const levels = all(el, '[role="heading"]').map((h) => `${text(h)}:${h.getAttribute('aria-level')}`);
    expect(levels).to.deep.equal([
      'The US position on the ICC, by administration:3', 'Middle President, 2001–2025:4', 'Reasons given:5', 'Events:5',
    ]);
  });

  describe('citations', () => {
    /** Clicks through every tab and checks each panel's citations against the content. */
    async function expectEveryPanelCited(el: UsIccPosition, content: Content): Promise<void> {
      const admins = inOrder(content);
      expect(tabs(el)).to.have.length(admins.length);
      for (const [i, admin] of admins.entries()) {
        tabs(el)[i].click();
        await el.updateComplete;
        expect(panelHeading(el)).to.equal(`${admin.president}, ${text(tabs(el)[i].querySelector('.years')!)}`);
        expectCitations(shadow(el), citedInPeriod(content, admin.id), admin.id);
      }
    }

    it('leads every statement of every panel to its own source: summary, each reason, each event', async () => {
      // Every statement of the fixture cites sources no other statement cites.
      const content = citedContent();
      await expectEveryPanelCited(await position(groupWith(content)), content);
    });

    it('leads every statement of every panel of the bundled review to its own sources', async () => {
      const content = await realContent();
      await expectEveryPanelCited(await position(groupWith(content)), content);
    });
  });

  describe('a selection made elsewhere', () => {
    it('opens an event chosen in an <icc-summary> of the group: its administration, its mark, its disclosure', async () => {
      const content = citedContent();
      const group = groupWith(content);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px">
        <icc-summary group=${group}></icc-summary><us-icc-position group=${group}></us-icc-position>
      </div>`);
      const el = wrapper.querySelector('us-icc-position')!;
      const summary = wrapper.querySelector('icc-summary')!;
      // By default the latest administration is shown.
      expect(tabs(el).indexOf(selectedTab(el))).to.equal(inOrder(content).length - 1);
      // An event of the middle administration, not its first, related to the issue chosen too (its mark is a diamond).
      summary.setAttribute('issue', 'iss-1');
      summary.setAttribute('event', 'e-2b');
      await waitUntil(() => el.event === 'e-2b', 'the position widget did not follow the summary');
      await el.updateComplete;
      expect(shadow(el).querySelector('svg [data-event="e-2b"]')!.localName).to.equal('path');
      expectOpen(el, content, 'e-2b');
    });

    it('opens an event set on another <us-icc-position>, and moves to the next one chosen there', async () => {
      const content = citedContent();
      const group = groupWith(content);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px">
        <us-icc-position group=${group}></us-icc-position><us-icc-position group=${group}></us-icc-position>
      </div>`);
      const [el, other] = wrapper.querySelectorAll('us-icc-position');
      other.event = 'e-1b';
      await waitUntil(() => el.event === 'e-1b', 'the first widget did not follow the second');
      await el.updateComplete;
      expectOpen(el, content, 'e-1b');
      other.event = 'e-2a';
      await waitUntil(() => el.event === 'e-2a', 'the first widget did not follow the second');
      await el.updateComplete;
      expectOpen(el, content, 'e-2a');
      await other.updateComplete;
      expectOpen(other, content, 'e-2a');
    });

    it('opens every event of the bundled review chosen on the store, whatever period was chosen before', async () => {
      const content = await realContent();
      const group = groupWith(content);
      const el = await inContainer(group, '1000px');
      pageStore(group).select({ period: inOrder(content)[0].id });
      for (const event of content.timeline) {
        pageStore(group).select({ event: event.id });
        await el.updateComplete;
        expectOpen(el, content, event.id);
      }
    });
  });

  describe('layout', () => {
    it('stacks the tabs and shows the table instead of the chart in a 280px container', async () => {
      const el = await inContainer(groupWith(sample()), '280px');
      expect(getComputedStyle(shadow(el).querySelector('[role="tablist"]')!).flexDirection).to.equal('column');
      expect(shown(shadow(el).querySelector('.chart')!)).to.equal(false);
      const table = shadow(el).querySelector('.data table')!;
      expect(shown(table)).to.equal(true);
      // Nothing sticks out of the container.
      expect(table.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      const [first, second] = tabs(el).map((t) => t.getBoundingClientRect());
      expect(second.top).to.be.at.least(first.bottom);
      expect(first.height).to.be.at.least(44);
    });

    it('draws the chart, tabs in a row and keeps the table for screen readers only at 1000px', async () => {
      const el = await inContainer(groupWith(sample()), '1000px');
      expect(getComputedStyle(shadow(el).querySelector('[role="tablist"]')!).flexDirection).to.equal('row');
      expect(shown(shadow(el).querySelector('.chart svg')!)).to.equal(true);
      expect(shadow(el).querySelector('.data')!.getBoundingClientRect().width).to.be.at.most(1);
      const [first, second] = tabs(el).map((t) => t.getBoundingClientRect());
      expect(second.top).to.equal(first.top);
      expect(second.left).to.be.greaterThan(first.left);
    });
  });

  describe('accessibility (axe)', () => {
    it('is clean with no selection', async () => {
      const el = await position(groupWith(sample()));
      await expect(el).to.be.accessible();
    });

    it('is clean with a period selected and an event open', async () => {
      const group = groupWith(sample());
      const el = await position(group, { period: 'adm-a' });
      pageStore(group).select({ event: 'e-vote' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is clean with an issue selected', async () => {
      const group = groupWith(sample());
      const el = await position(group, { period: 'adm-m' });
      pageStore(group).select({ issue: 'jurisdiction' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is clean narrow, with the real content', async () => {
      const el = await inContainer(groupWith(await realContent()), '280px');
      await expect(el).to.be.accessible();
    });

    it('is clean wide, with the real content and an issue selected', async () => {
      const content = await realContent();
      const group = groupWith(content);
      const el = await inContainer(group, '1000px');
      // An issue with events in the panel shown by default (the latest administration), so some are marked.
      const latest = inOrder(content).at(-1)!;
      const issue = content.issues.find((i) => content.timeline.some((e) => e.administration === latest.id && e.issues?.includes(i.id)))!;
      pageStore(group).select({ issue: issue.id });
      await el.updateComplete;
      expect(all(el, '.event.related')).to.have.length.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });
});
