import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/icc-stance-compare/define.js';
import '../../src/elements/us-icc-position/define.js';
import type { IccStanceCompare } from '../../src/elements/icc-stance-compare/icc-stance-compare.js';
import type { UsIccPosition } from '../../src/elements/us-icc-position/us-icc-position.js';
import type { Content, TimelineEvent } from '../../src/content/schema.js';
import { bundledContentUrl } from '../../src/bundled-content.js';
import { pageStore } from '../../src/state/page-stores.js';
import { openDisclosure } from '../fixtures/widgets-citations.js';

/**
 * The widgets must never disagree about which events bear on an issue: a
 * reader who picks an issue in the comparison and reads its related events
 * expects the same events marked on the position chart and in its panels.
 * The content stores the relation once (each event's `issues`); this reads it
 * straight from there, for every issue of the bundled review.
 */

const shadow = (el: Element) => el.shadowRoot!;
const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** An event as a reader identifies it: its date and title ("1998-07-17 Rome Statute adopted"). */
const named = (e: TimelineEvent) => `${e.date} ${e.title}`;

/** The comparison's related events, as listed: the date of each `<time>` and the title after it. */
function listedInCompare(el: IccStanceCompare): string[] {
  return [...shadow(el).querySelectorAll('.events li')].map((li) => {
    const title = li.cloneNode(true) as Element;
    for (const part of title.querySelectorAll('.date, .cites, .tag')) part.remove();
    return `${li.querySelector('time')!.getAttribute('datetime')} ${clean(title.textContent).replace(/^:\s*/, '')}`;
  });
}

/** The events the position chart marks as related (diamonds), named from the content. */
function markedOnChart(el: UsIccPosition, content: Content): string[] {
  return [...shadow(el).querySelectorAll<SVGElement>('svg .mark.related')].map((mark) => {
    const event = content.timeline.find((e) => e.id === mark.dataset.event);
    return event ? named(event) : `(no event ${mark.dataset.event})`;
  });
}

/** The events the position panel on screen marks as related (tagged in words), named from the content. */
function markedInPanel(el: UsIccPosition, content: Content): string[] {
  return [...shadow(el).querySelectorAll('.event.related button[aria-expanded]')].map((button) => {
    const event = content.timeline.find((e) => button.id === `event-${e.id}-button`);
    return event ? named(event) : `(no event for ${button.id})`;
  });
}

const sorted = (names: string[]) => [...names].sort();

describe('the widgets agree on the events of each issue, with the bundled review', () => {
  it('lists in the comparison exactly the events the chart and the panels mark, and the content relates', async () => {
    const group = 'agreement-test';
    await pageStore(group).load(bundledContentUrl('en'));
    const content = pageStore(group).content!;
    expect(pageStore(group).failure).to.equal(undefined);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <icc-stance-compare group=${group}></icc-stance-compare><us-icc-position group=${group}></us-icc-position>
    </div>`);
    const compare = wrapper.querySelector('icc-stance-compare')!;
    const position = wrapper.querySelector('us-icc-position')!;
    const issueTabs = [...shadow(compare).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const periodTabs = () => [...shadow(position).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(issueTabs).to.have.length(content.issues.length);
    let related = 0;

    for (const [i, issue] of content.issues.entries()) {
      // The reader picks the issue in the comparison; the position widget follows through the store.
      issueTabs[i].click();
      await compare.updateComplete;
      await position.updateComplete;
      // The related events, as a reader who opens them gets them (they stay open from issue to issue).
      await openDisclosure(compare, 'details.events');
      expect(position.issue, 'the position widget follows the issue').to.equal(issue.id);

      const relatedEvents = content.timeline.filter((e) => e.issues?.includes(issue.id));
      related += relatedEvents.length;
      const expected = relatedEvents.map(named);
      const listed = listedInCompare(compare);
      expect(sorted(listed), `${issue.id}: listed in the comparison`).to.deep.equal(sorted(expected));
      const dates = listed.map((name) => name.split(' ')[0]);
      expect(dates, `${issue.id}: listed oldest first`).to.deep.equal([...dates].sort());
      expect(sorted(markedOnChart(position, content)), `${issue.id}: marked on the chart`).to.deep.equal(sorted(expected));

      // Each administration's panel tags exactly its own related events.
      for (const [p, tab] of periodTabs().entries()) {
        tab.click();
        await position.updateComplete;
        // All its events, as a reader who opens "All N events" gets them.
        shadow(position).querySelector<HTMLButtonElement>('button.more[aria-expanded="false"]')?.click();
        await position.updateComplete;
        const admin = [...content.administrations].sort((a, b) => a.start.localeCompare(b.start))[p];
        const own = relatedEvents.filter((e) => e.administration === admin.id).map(named);
        expect(sorted(markedInPanel(position, content)), `${issue.id}: tagged in the panel of ${admin.id}`).to.deep.equal(sorted(own));
      }
    }
    // The review relates events to issues at all, so the comparisons above are not between empty lists.
    expect(related, 'events related to some issue').to.be.greaterThan(0);
  });
});
