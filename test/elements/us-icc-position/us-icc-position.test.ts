import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/elements/us-icc-position/define.js';
import type { UsIccPosition } from '../../../src/elements/us-icc-position/us-icc-position.js';
import type { Content } from '../../../src/content/schema.js';
import { parseContent } from '../../../src/content/validate.js';
import { pageStore } from '../../../src/state/page-stores.js';
import '../../../src/elements/icc-summary/define.js';
import { sampleContent } from '../../fixtures/content.js';
import { drawnAfter } from '../../fixtures/css.js';
import { inForcedColors, inPrint } from '../../fixtures/media.js';
import { citedContent } from '../../fixtures/widgets-cited.js';
import { citedInPeriod, expectCitations, openSources } from '../../fixtures/widgets-citations.js';

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
/** A tab's visible words: the president and the years (its stance is a mark, and words for screen readers). */
const tabText = (tab: Element) => `${text(tab.querySelector('.president')!)} ${text(tab.querySelector('.years')!)}`;
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
/**
 * The shape a chart mark draws: a round dot or a diamond, told apart by a point near its box's corner, which a
 * dot covers and a diamond does not.
 */
function shapeOf(mark: SVGGraphicsElement): 'dot' | 'diamond' {
  const { x, y, width, height } = mark.getBBox();
  return (mark as SVGGeometryElement).isPointInFill(new DOMPoint(x + 0.8 * width, y + 0.8 * height)) ? 'dot' : 'diamond';
}

const sameSpot = (a: [number, number], b: [number, number]) => Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) < 0.01;
/** The WCAG contrast ratio of two computed colours ("rgb(…)"). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
const rowIndex = (row: Element) => [...row.parentElement!.children].indexOf(row);

/**
 * Asserts what a reader sees with one event open (the chart must be drawn:
 * a wide container): its administration's tab, chart line and table row
 * selected; one ring on the chart, on that event's mark, or, when the event
 * shares a cluster with others (one shape with their count), on that cluster;
 * in the panel, that event's disclosure open with its text, and every other
 * event closed.
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
  const mark = shadow(el).querySelector<SVGElement>(`svg .mark[data-event="${id}"]`)!;
  // What a reader sees for the event: its own mark, or the cluster holding it, whose events' marks sit unseen at its centre.
  const cluster = mark.closest('.cluster');
  const seen = cluster ? cluster.querySelector('.bubble')! : mark;
  expect(sameSpot(spot, centre(seen)), `${id}: the ring (at ${spot}) sits on the event's ${cluster ? 'cluster' : 'mark'} (at ${centre(seen)})`).to.equal(true);
  expect(sameSpot(centre(mark), centre(seen)), `${id}: its mark is at its cluster's centre`).to.equal(true);
  // And on nothing else a reader sees: one mark or cluster under the ring.
  const visible = all<SVGElement>(el, 'svg .mark:not(.cluster .mark), svg .cluster .bubble');
  expect(visible.filter((m) => sameSpot(centre(m), spot)), `${id}: what is under the ring`).to.deep.equal([seen]);
  if (cluster) {
    // The ring is the cluster's; the cluster holds events of one administration, and says how many.
    expect(rings[0].parentElement, `${id}: the ring belongs to the cluster`).to.equal(cluster);
    const members = [...cluster.querySelectorAll<SVGElement>('.mark')].map((m) => content.timeline.find((e) => e.id === m.dataset.event)!);
    expect(members.every((e) => e.administration === event.administration), `${id}: the cluster's events`).to.equal(true);
    expect(text(cluster.querySelector('.count')!), `${id}: the cluster's count`).to.equal(String(members.length));
  }

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
    expect(tabs(el).map(tabText)).to.deep.equal([
      'First President 1993–2001', 'Middle President 2001–2025', 'Second President since 2025',
    ]);
    expect(tabText(selectedTab(el))).to.equal('Second President since 2025');
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
    const marks = all<SVGElement>(el, 'svg .mark');
    // Every event, once.
    expect(marks.map((m) => m.dataset.event).sort()).to.deep.equal(content.timeline.map((e) => e.id).sort());
    const levels = new Map(all<SVGLineElement>(el, 'svg .level').map((l) => [l.dataset.period, Number(l.getAttribute('y1'))]));
    for (const mark of marks) {
      const event = content.timeline.find((e) => e.id === mark.dataset.event)!;
      expect(centre(mark)[1], event.id).to.be.closeTo(levels.get(event.administration)!, 0.01);
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
    expect(event.innerText).to.include('Closer to the Court');
    expect(event.querySelectorAll('a.cite')).to.have.length(1);
    expect(shown(detail(el, 'e-mid'))).to.equal(false);
    // Every citation leads to an entry of the sources list.
    await openSources(el);
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
      expect(tabText(selectedTab(el))).to.match(new RegExp(`^${name}`));
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
    expect(Object.fromEntries(all<SVGGraphicsElement>(el, 'svg .mark').map((m) => [m.dataset.event, shapeOf(m)]))).to.deep.equal({
      'e-vote': 'diamond', 'e-order': 'dot', 'e-mid': 'diamond', 'e-late': 'dot',
    });
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
    expect(tabText(selectedTab(el))).to.equal('First President 1993–2001');
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
    expect(tabText(selectedTab(el))).to.equal('First President 1993–2001');
    expect(eventButton(el, 'e-vote').getAttribute('aria-expanded')).to.equal('true');
    expect(shown(detail(el, 'e-vote'))).to.equal(true);
    expect(detail(el, 'e-vote').innerText).to.include('A vote.');
    expectOpen(el, pageStore(group).content!, 'e-vote');
    eventButton(el, 'e-vote').click();
    await el.updateComplete;
    expect(shown(detail(el, 'e-vote'))).to.equal(false);
    expect(tabText(selectedTab(el))).to.equal('First President 1993–2001');
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
    expect(tabText(selectedTab(el))).to.equal('First President 1993–2001');
    expect(shadow(el).querySelector('svg .band.selected')).to.equal(shadow(el).querySelector('svg .band'));
  });

  it('gives the reason for the score, cited, and marks an event scheduled in advance', async () => {
    const content = sample();
    content.administrations[1].rationale = { text: 'Support for some cases made most of the term.', sources: ['statute'] };
    content.timeline.find((e) => e.id === 'e-mid')!.scheduled = true;
    const el = await position(groupWith(content), { period: 'adm-m' });
    expect(text(shadow(el).querySelector('.rationale')!)).to.equal('Why this score: Support for some cases made most of the term.[1]');
    await openSources(el);
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
    // A host that moves the widget in its outline: every heading follows, the panel's too.
    el.headingLevel = 2;
    await el.updateComplete;
    expect(all(el, '[role="heading"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['2', '3', '4', '4']);
  });

  describe('citations', () => {
    /** Clicks through every tab and checks each panel's citations against the content. */
    async function expectEveryPanelCited(el: UsIccPosition, content: Content): Promise<void> {
      const admins = inOrder(content);
      expect(tabs(el)).to.have.length(admins.length);
      for (const [i, admin] of admins.entries()) {
        tabs(el)[i].click();
        await el.updateComplete;
        // Every event, as a reader who opens "All N events" gets them.
        shadow(el).querySelector<HTMLButtonElement>('button.more[aria-expanded="false"]')?.click();
        await el.updateComplete;
        expect(panelHeading(el)).to.equal(`${admin.president}, ${text(tabs(el)[i].querySelector('.years')!)}`);
        await expectCitations(shadow(el), citedInPeriod(content, admin.id), admin.id);
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
    it('draws the chart only where it shows: not on a narrow host, in full once the host widens', async () => {
      const content = await realContent();
      const el = await inContainer(groupWith(content), '280px');
      await waitUntil(() => !shadow(el).querySelector('.chart'), 'the chart is still drawn on a narrow host');
      expect(tabs(el), 'the vertical timeline').to.have.length(content.administrations.length);
      el.parentElement!.style.inlineSize = '700px';
      await waitUntil(() => shadow(el).querySelector('.chart svg'), 'no chart once wide');
      const svg = shadow(el).querySelector('.chart svg')!;
      expect(svg.getBoundingClientRect().width).to.be.greaterThan(500);
      expect(svg.querySelectorAll('.mark[data-event]'), 'one mark per event').to.have.length(content.timeline.length);
    });

    it('draws the chart before printing, since a printed page can be wider than a narrow screen', async () => {
      const el = await inContainer(groupWith(await realContent()), '280px');
      await waitUntil(() => !shadow(el).querySelector('.chart'), 'the chart is still drawn on a narrow host');
      dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.chart svg .mark[data-event]').length).to.be.greaterThan(0);
    });

    it('takes in the scale\'s labels of new content, and keeps them in through a reader\'s choices', async () => {
      const group = groupWith(sample());
      const el = await inContainer(group, '700px');
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const inside = () => {
        const drawing = shadow(el).querySelector('svg')!.getBoundingClientRect();
        return all<SVGTextElement>(el, 'svg .tick').every((tick) => tick.getBoundingClientRect().left >= drawing.left - 1);
      };
      await frames();
      expect(inside(), 'short labels').to.equal(true);
      // One word too long to wrap: it stands out of the drawing unless the drawing widens for it.
      const content = sample();
      content.meta.stanceScale.labels[0].label = 'Internationalstrafgerichtshofsgegnerschaft';
      pageStore(group).setContent(content);
      await el.updateComplete;
      await frames();
      expect(inside(), 'a long label of new content').to.equal(true);
      tabs(el)[0].click();
      await el.updateComplete;
      await frames();
      expect(inside(), 'after a choice').to.equal(true);
    });

    it('narrow (280px): one vertical timeline, the tabs, each with its stance on a small scale; no visible table, no chart', async () => {
      const content = await realContent();
      const el = await inContainer(groupWith(content), '280px');
      // Hidden there by the styles, the chart is not drawn at all once the host's width is known.
      await waitUntil(() => !shadow(el).querySelector('.chart'), 'the chart is still drawn on a narrow host');
      // The table is there for screen readers only: the administrations are listed once on screen.
      expect(shadow(el).querySelector('.data')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(shadow(el).querySelector('.data tbody')!.children).to.have.length(content.administrations.length);
      const boxes = tabs(el).map((t) => t.getBoundingClientRect());
      boxes.slice(1).forEach((box, i) => expect(box.top, `tab ${i + 1} under tab ${i}`).to.be.at.least(boxes[i].bottom - 1));
      boxes.forEach((box) => expect(box.height).to.be.at.least(44));
      // Each tab: president and years, and the stance as a dot placed on the scale (position and number, not colour).
      const { stanceScale } = content.meta;
      const admins = inOrder(content);
      const dots = tabs(el).map((t) => t.querySelector<SVGCircleElement>('.scale .dot')!);
      dots.forEach((dot) => expect(shown(dot)).to.equal(true));
      // In the drawing's units: where the dot's centre sits along the scale's track.
      const track = (i: number) => tabs(el)[i].querySelector<SVGLineElement>('.scale .track')!.getBBox();
      admins.forEach((admin, i) => {
        const share = (centre(dots[i])[0] - track(i).x) / track(i).width;
        expect(share, admin.id).to.be.closeTo((admin.stance - stanceScale.min) / (stanceScale.max - stanceScale.min), 0.02);
        const score = tabs(el)[i].querySelector('.score')!;
        expect(text(score), admin.id).to.equal(admin.stance > 0 ? `+${admin.stance}` : String(admin.stance));
        expect(contrast(getComputedStyle(score).fill, getComputedStyle(dots[i]).fill), `${admin.id}: the number on its dot`).to.be.at.least(4.5);
        // Screen readers get the stance in words in the tab's name.
        expect(text(tabs(el)[i].querySelector('.vh')!), admin.id).to.match(new RegExp(`^Stance: .*\\(${admin.stance > 0 ? '\\+' : ''}${admin.stance}\\)$`));
        expect(tabs(el)[i].querySelector('.scale')!.getAttribute('aria-hidden'), admin.id).to.equal('true');
      });
      expect(text(shadow(el).querySelector('.timeline-head')!)).to.equal('Administration Stance');
      // Nothing sticks out of the container.
      const base = shadow(el).querySelector<HTMLElement>('.base')!;
      expect(base.scrollWidth, 'content wider than the widget').to.be.at.most(base.clientWidth);
      for (const node of all(el, '.base *').filter((n) => shown(n) && !n.closest('.data, .vh'))) {
        expect(node.getBoundingClientRect().right, node.className.toString()).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    });

    it('draws the chart, tabs in a row and keeps the table for screen readers only at 1000px', async () => {
      const el = await inContainer(groupWith(sample()), '1000px');
      expect(getComputedStyle(shadow(el).querySelector('[role="tablist"]')!).flexDirection).to.equal('row');
      expect(shown(shadow(el).querySelector('.chart svg')!)).to.equal(true);
      expect(shadow(el).querySelector('.data')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(shown(shadow(el).querySelector('.timeline-head')!)).to.equal(false);
      expect(all(el, '.scale').filter(shown)).to.have.length(0);
      const [first, second] = tabs(el).map((t) => t.getBoundingClientRect());
      expect(second.top).to.equal(first.top);
      expect(second.left).to.be.greaterThan(first.left);
    });

    it('at 700px, no two marks of the chart touch: close events share one cluster that shows their count', async () => {
      const content = await realContent();
      const group = groupWith(content);
      const el = await inContainer(group, '700px');
      const boxes = () => all<SVGElement>(el, 'svg .mark:not(.cluster .mark), svg .cluster .bubble').map((m) => [m, m.getBoundingClientRect()] as const);
      const expectApart = (when: string) => {
        const marks = boxes();
        marks.forEach(([a, boxA], i) => marks.slice(i + 1).forEach(([b, boxB]) => {
          const touch = boxA.left < boxB.right && boxB.left < boxA.right && boxA.top < boxB.bottom && boxB.top < boxA.bottom;
          expect(touch, `${when}: marks of ${a.closest('g')?.textContent?.trim() ?? a.dataset.event} and ${b.closest('g')?.textContent?.trim() ?? b.dataset.event} touch`).to.equal(false);
        }));
      };
      expectApart('no issue');
      const clusters = all<SVGGElement>(el, 'svg .cluster');
      expect(clusters.length, 'the bundled review has clusters').to.be.greaterThan(0);
      // Every event is in exactly one place on the chart; each cluster says how many, in readable type.
      const placed = all<SVGElement>(el, 'svg .mark').map((m) => m.dataset.event).sort();
      expect(placed).to.deep.equal(content.timeline.map((e) => e.id).sort());
      for (const cluster of clusters) {
        const members = cluster.querySelectorAll('.mark');
        expect(members.length).to.be.greaterThan(1);
        const count = cluster.querySelector('.count')!;
        expect(text(count)).to.equal(String(members.length));
        expect(count.getBoundingClientRect().height, 'the count\'s type').to.be.at.least(9);
        expect(contrast(getComputedStyle(count).fill, getComputedStyle(cluster.querySelector('.bubble')!).fill), 'the count on its shape').to.be.at.least(4.5);
      }
      // With an issue selected, a cluster holding a related event is a diamond; its own marks still say which events.
      const issue = content.issues.find((i) => i.id === 'sanctions')!;
      pageStore(group).select({ issue: issue.id });
      await el.updateComplete;
      expectApart(issue.id);
      expect(all<SVGElement>(el, 'svg .mark.related').map((m) => m.dataset.event).sort())
        .to.deep.equal(content.timeline.filter((e) => e.issues?.includes(issue.id)).map((e) => e.id).sort());
      for (const cluster of all(el, 'svg .cluster')) {
        const related = cluster.querySelector('.mark.related') !== null;
        expect(cluster.classList.contains('related'), text(cluster)).to.equal(related);
        expect(shapeOf(cluster.querySelector<SVGGraphicsElement>('.bubble')!), text(cluster)).to.equal(related ? 'diamond' : 'dot');
      }
      // Every label of the chart is readable: at least 12px, none over another.
      for (const line of all(el, 'svg .tick tspan, svg .year')) expect(line.getBoundingClientRect().height, text(line)).to.be.at.least(12);
      const labels = all<SVGTextElement>(el, 'svg .tick, svg .year').map((t) => [text(t), t.getBoundingClientRect()] as const);
      labels.forEach(([name, box], i) => {
        labels.slice(i + 1).forEach(([other, b]) => {
          const overlap = box.left < b.right - 0.5 && b.left < box.right - 0.5 && box.top < b.bottom - 0.5 && b.top < box.bottom - 0.5;
          expect(overlap, `${name} over ${other}`).to.equal(false);
        });
      });
    });
  });

  describe('the key events first, all of them one action away', () => {
    /** The sample, with a middle administration (score +1) of six events: one closer, then moves of all kinds. */
    function manyEvents(): Content {
      const content = sample();
      const event = (id: string, date: string, effect: 'closer' | 'apart' | 'neutral') => ({
        id, date, precision: 'day' as const, title: `Title ${id}`, text: `Detail ${id}.`, administration: 'adm-m', effect, sources: ['press'],
      });
      content.timeline.splice(2, 0, event('m1', '2003-01-01', 'neutral'), event('m2', '2004-01-01', 'apart'), event('m3', '2006-01-01', 'closer'));
      content.timeline.splice(content.timeline.findIndex((e) => e.id === 'e-mid') + 1, 0, event('m4', '2012-01-01', 'closer'), event('m5', '2020-01-01', 'neutral'));
      return content;
    }
    const visibleEvents = (el: Element) => all(el, '.event').filter(shown).map((li) => li.querySelector('button')!.id.replace(/^event-|-button$/g, ''));
    const more = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('button.more');

    it('shows the two first events that moved the stance the way of the score, and "All N events" opens the rest, by keyboard', async () => {
      const group = groupWith(manyEvents());
      const el = await position(group, { period: 'adm-m' });
      // Score +1: the moves closer come first (m3, e-mid; not m4, later), in date order; the rest is drawn when asked for.
      expect(visibleEvents(el)).to.deep.equal(['m3', 'e-mid']);
      expect(all(el, '.event')).to.have.length(2);
      const button = more(el)!;
      expect(text(button)).to.equal('All 6 events');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).getElementById(button.getAttribute('aria-controls')!)).to.equal(shadow(el).querySelector('.events'));
      // It follows the list, outside the panel, so the panel reads as the server's plain copy does.
      expect(panel(el).contains(button)).to.equal(false);

      // Tab from the last key event reaches it, past no hidden event.
      eventButton(el, 'e-mid').focus();
      for (let i = 0; i < 10 && shadow(el).activeElement !== button; i++) {
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement?.closest('[hidden]') ?? null).to.equal(null);
      }
      expect(shadow(el).activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleEvents(el)).to.deep.equal(['m1', 'm2', 'm3', 'e-mid', 'm4', 'm5']);
      expect(shadow(el).activeElement).to.equal(button);
      // Choosing the panel's events does not touch the shared selection.
      expect(pageStore(group).selection.event).to.equal(undefined);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(visibleEvents(el)).to.deep.equal(['m3', 'e-mid']);
    });

    it('tops up with other events when too few moved, and shows an event opened elsewhere', async () => {
      const group = groupWith(manyEvents());
      const el = await position(group, { period: 'adm-a' });
      // Score 0 and one event: no button.
      expect(visibleEvents(el)).to.deep.equal(['e-vote']);
      expect(more(el)).to.equal(null);
      pageStore(group).select({ event: 'm5' });
      await el.updateComplete;
      expect(visibleEvents(el)).to.deep.equal(['m3', 'e-mid', 'm5']);
      expect(shown(detail(el, 'm5'))).to.equal(true);
      expect(more(el)!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('keeps each administration\'s choice, and opens its reasons behind a count', async () => {
      const el = await position(groupWith(manyEvents()), { period: 'adm-m' });
      more(el)!.click();
      await el.updateComplete;
      tabs(el)[0].click();
      await el.updateComplete;
      tabs(el)[1].click();
      await el.updateComplete;
      expect(more(el)!.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleEvents(el)).to.have.length(6);

      const toggle = shadow(el).querySelector<HTMLButtonElement>('.panel .toggle')!;
      const reasons = shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(toggle.closest('[role="heading"]')).to.exist;
      expect(text(toggle)).to.equal('Reasons given');
      expect(toggle.dataset.count).to.equal('1');
      // The count shows after the words (drawn by CSS, so the panel's text stays the plain copy's).
      // (Chromium gives the count; Firefox the rule that draws it.)
      expect(drawnAfter(toggle)).to.equal('(1)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(reasons)).to.equal(false);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(reasons)).to.equal(true);
      expect(text(reasons)).to.equal('Middle reason.[1]');
    });

    it('numbers the sources of the events it has not drawn, so that opening "All N events" changes no number', async () => {
      const content = citedContent();
      // The middle administration's first event is not a key one: its sources come before the key events'.
      content.timeline.find((e) => e.id === 'e-2a')!.effect = 'neutral';
      const el = await position(groupWith(content), { period: 'adm-2' });
      const numbers = () => new Map(all(el, '.event').map((li) => [li.querySelector('.what button')!.id, [...li.querySelectorAll('a.cite')].map(text)]));
      const before = numbers();
      expect([...before.keys()]).to.deep.equal(['event-e-2b-button', 'event-e-2c-button']);
      more(el)!.click();
      await el.updateComplete;
      const after = numbers();
      expect([...after.keys()]).to.deep.equal(['event-e-2a-button', 'event-e-2b-button', 'event-e-2c-button']);
      for (const [id, cited] of before) expect(after.get(id), id).to.deep.equal(cited);
      const everyNumber = [...after.values()].flat().map(Number);
      expect(everyNumber, 'each number once, in reading order').to.deep.equal([...new Set(everyNumber)].sort((a, b) => a - b));
    });

    it('prints every event and reason', async () => {
      const el = await position(groupWith(manyEvents()), { period: 'adm-m' });
      // Printing fires beforeprint (emulated print media does not): the events behind the button are drawn for it.
      dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      await inPrint(el, () => {
        expect(visibleEvents(el)).to.have.length(6);
        expect(all(el, '.detail').filter(shown)).to.have.length(6);
        expect(shown(shadow(el).querySelector('.reasons')!)).to.equal(true);
        expect(shown(more(el)!)).to.equal(false);
      });
    });

    it('gives everything to readers without JavaScript (the server\'s declarative shadow DOM)', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe sandbox="allow-same-origin" width="800" height="600" src="/ssr-page?tag=us-icc-position&period=bush"></iframe>`);
      await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('us-icc-position')?.shadowRoot, 'no server-rendered widget', { timeout: 10000 });
      const root = frame.contentDocument!.querySelector('us-icc-position')!.shadowRoot!;
      const visible = (node: Element) => node.getBoundingClientRect().height > 1;
      expect([...root.querySelectorAll('.event')].every(visible), 'every event').to.equal(true);
      expect([...root.querySelectorAll('.detail')].every(visible), 'every detail').to.equal(true);
      expect(visible(root.querySelector('.reasons')!), 'the reasons').to.equal(true);
      expect(visible(root.querySelector('.more')!), 'a button that cannot work').to.equal(false);
    });
  });

  describe('forced colours (high contrast)', () => {
    it('draws the chart in system colours: line, axis, grid, marks, the open ring and the legend\'s swatch', async () => {
      const group = groupWith(sample());
      const el = await inContainer(group, '700px');
      pageStore(group).select({ event: 'e-vote' });
      await el.updateComplete;
      await inForcedColors(el, () => {
        const canvasText = getComputedStyle(shadow(el).querySelector('.chart')!).color; // text takes CanvasText here
        for (const selector of ['.level', '.riser', '.axis', '.grid']) {
          expect(getComputedStyle(shadow(el).querySelector(selector)!).stroke, selector).to.equal(canvasText);
        }
        expect(getComputedStyle(shadow(el).querySelector('.mark')!).fill, '.mark').to.equal(canvasText);
        const swatch = getComputedStyle(shadow(el).querySelector('.key-band')!).backgroundColor;
        expect(swatch, 'the selected swatch keeps a colour').not.to.be.oneOf(['rgba(0, 0, 0, 0)', getComputedStyle(shadow(el).querySelector('.legend')!).backgroundColor]);
      });
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

    for (const width of ['280px', '700px']) {
      it(`is clean at ${width} with the real content, every event and the reasons open, and an event of a cluster open`, async () => {
        const content = await realContent();
        const group = groupWith(content);
        const el = await inContainer(group, width);
        const clustered = shadow(el).querySelector<SVGElement>('svg .cluster .mark')!.dataset.event!;
        pageStore(group).select({ issue: 'sanctions', event: clustered });
        await el.updateComplete;
        shadow(el).querySelector<HTMLButtonElement>('button.more')!.click();
        shadow(el).querySelector<HTMLButtonElement>('.panel .toggle')!.click();
        await el.updateComplete;
        expect(all(el, '.event[hidden], .reasons[hidden]')).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('is clean wide, with the real content and an issue selected', async () => {
      const content = await realContent();
      const group = groupWith(content);
      const el = await inContainer(group, '1000px');
      // An issue with events in the panel shown by default (the latest administration), so some are marked.
      const latest = inOrder(content).at(-1)!;
      const issue = content.issues.find((i) => content.timeline.some((e) => e.administration === latest.id && e.issues?.includes(i.id)))!;
      pageStore(group).select({ issue: issue.id });
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('button.more')?.click();
      await el.updateComplete;
      expect(all(el, '.event.related')).to.have.length.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });

  it('closes the open event when the reader picks another administration, so no ring is left on the chart', async () => {
    const group = groupWith(sample());
    const el = await inContainer(group, '700px');
    pageStore(group).select({ period: 'adm-m', event: 'e-mid' });
    await el.updateComplete;
    expect(all(el, 'svg .ring')).to.have.length(1);
    const tabs = all<HTMLButtonElement>(el, '[role="tab"]');
    tabs.find((t) => t.textContent!.includes('First President'))!.click();
    await el.updateComplete;
    expect(pageStore(group).selection).to.include({ period: 'adm-a', event: undefined });
    expect(all(el, 'svg .ring'), 'a ring on an event of another administration').to.have.length(0);
    // An event of the administration picked stays open.
    pageStore(group).select({ event: 'e-vote' });
    await el.updateComplete;
    tabs.find((t) => t.textContent!.includes('First President'))!.click();
    await el.updateComplete;
    expect(pageStore(group).selection.event).to.equal('e-vote');
  });
});
