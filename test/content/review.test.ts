import { expect } from '@open-wc/testing';
import { Review } from '../../src/content/review.js';
import { validateContent } from '../../src/content/validate.js';
import type { Content, TimelineEvent } from '../../src/content/schema.js';
import { sampleContent } from '../fixtures/content.js';

const event = (id: string, date: string, precision: TimelineEvent['precision'], administration: string, issues?: string[]): TimelineEvent =>
  ({ id, date, precision, title: id, text: `Event ${id}.`, administration, effect: 'neutral', sources: ['statute'], issues });

/**
 * The sample with its lists authored out of order, so that any order the
 * review gives back is its own work: sorting, not reversing or keeping the
 * authored order (each list's reverse differs from its sorted order too).
 */
function shuffled(): Content {
  const doc = sampleContent();
  doc.timeline = [
    event('e-order', '2025-02', 'month', 'adm-b', ['jurisdiction']),
    event('e-vote', '1998-07-17', 'day', 'adm-a', ['jurisdiction']),
    event('e-sign', '2000-12-31', 'day', 'adm-a'),
    event('e-year', '1999', 'year', 'adm-a', ['jurisdiction']),
  ];
  const [a, b] = doc.administrations;
  doc.administrations = [
    { ...b, id: 'adm-mid', start: '2009-01-20', end: '2017-01-20', reasons: [] }, // a term with no events
    b,
    a,
  ];
  doc.issues.push({ ...doc.issues[0], id: 'sanctions', title: 'Sanctions' }); // an issue with no events
  doc.news.push({ id: 'n-mid', date: '2025-06-01', precision: 'day', headline: 'Middle headline', text: 'Kappa news text.', sources: ['press'] });
  doc.sections[0].paragraphs[0].claims[1].key = true; // two key facts in one part, in reading order
  doc.sections[4].paragraphs[0].claims[0].key = false; // marked, but not key
  doc.administrations[2].reasons[0].key = true; // reasons are not part of the summary
  doc.corrections.push(
    { id: 'fix-court', claim: 'c-court', verdict: 'outdated', original: 'old court words', text: 'Lambda.', sources: ['statute'] },
    { id: 'fix-vote-2', claim: 'c-vote', verdict: 'imprecise', original: 'more old words', text: 'Mu.', sources: ['press'] },
  );
  return doc;
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('Review', () => {
  it('is tested on valid content', () => {
    expect(validateContent(shuffled()).ok).to.equal(true);
  });

  it('gives the events of an issue, named by their `issues`, in date order', () => {
    const review = Review.of(shuffled());
    expect(ids(review.eventsOfIssue('jurisdiction'))).to.deep.equal(['e-vote', 'e-year', 'e-order']);
    expect(review.eventsOfIssue('sanctions')).to.deep.equal([]);
    expect(review.eventsOfIssue('no-such-issue')).to.deep.equal([]);
  });

  it('gives the events of an administration, named by their `administration`, in date order', () => {
    const review = Review.of(shuffled());
    expect(ids(review.eventsOfPeriod('adm-a'))).to.deep.equal(['e-vote', 'e-year', 'e-sign']);
    expect(ids(review.eventsOfPeriod('adm-b'))).to.deep.equal(['e-order']);
    expect(review.eventsOfPeriod('adm-mid')).to.deep.equal([]);
  });

  it('gives the timeline and the administrations in order of time', () => {
    const review = Review.of(shuffled());
    expect(ids(review.timeline)).to.deep.equal(['e-vote', 'e-year', 'e-sign', 'e-order']);
    expect(ids(review.periods)).to.deep.equal(['adm-a', 'adm-mid', 'adm-b']);
  });

  it('leaves the content in its authored order, which the audit checks', () => {
    const doc = shuffled();
    const review = Review.of(doc);
    void [review.timeline, review.periods, review.news, review.eventsOfIssue('jurisdiction')];
    expect(ids(doc.timeline)).to.deep.equal(['e-order', 'e-vote', 'e-sign', 'e-year']);
    expect(ids(doc.administrations)).to.deep.equal(['adm-mid', 'adm-b', 'adm-a']);
    expect(ids(doc.news)).to.deep.equal(['n-old', 'n-new', 'n-mid']);
  });

  it('gives the key facts of the sections in reading order, and no others', () => {
    expect(ids(Review.of(shuffled()).keyFacts)).to.deep.equal(['c-court', 'c-crimes', 'c-vote', 'c-status']);
  });

  it('gives the corrections of a claim, in the order written', () => {
    const review = Review.of(shuffled());
    expect(ids(review.correctionsOf('c-vote'))).to.deep.equal(['fix-vote', 'fix-vote-2']);
    expect(ids(review.correctionsOf('c-court'))).to.deep.equal(['fix-court']);
    expect(review.correctionsOf('c-view')).to.deep.equal([]);
  });

  it('gives the news newest first, whatever the precision of their dates', () => {
    expect(ids(Review.of(shuffled()).news)).to.deep.equal(['n-new', 'n-mid', 'n-old']);
  });

  it('looks items up by id, and finds nothing for unknown or inherited names', () => {
    const doc = shuffled();
    const review = Review.of(doc);
    expect(review.issue('sanctions')).to.equal(doc.issues[1]);
    expect(review.period('adm-a')).to.equal(doc.administrations[2]);
    expect(review.event('e-year')).to.equal(doc.timeline[3]);
    expect(review.source('press')).to.equal(doc.sources[1]);
    expect(review.periodOfEvent('e-order')).to.equal(doc.administrations[1]);
    for (const name of ['nowhere', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const found = [review.issue(name), review.period(name), review.event(name), review.source(name), review.periodOfEvent(name)];
      expect(found, name).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
      expect([review.eventsOfIssue(name), review.eventsOfPeriod(name), review.correctionsOf(name)], name).to.deep.equal([[], [], []]);
    }
    expect([review.issue(undefined), review.period(undefined), review.event(undefined)]).to.deep.equal([undefined, undefined, undefined]);
  });

  it('finds an issue whose id is "__proto__", and its events', () => {
    // Valid content (see validate.test.ts), so the lookups must not trip over it.
    const doc = shuffled();
    doc.issues[1].id = '__proto__';
    doc.timeline[2].issues = ['__proto__'];
    const review = Review.of(doc);
    expect(review.issue('__proto__')).to.equal(doc.issues[1]);
    expect(ids(review.eventsOfIssue('__proto__'))).to.deep.equal(['e-sign']);
  });

  it('is made once per content object', () => {
    const doc = shuffled();
    expect(Review.of(doc)).to.equal(Review.of(doc));
    // Another object, even with equal text, is another document with its own views.
    const copy = structuredClone(doc);
    copy.timeline[0].issues = [];
    const other = Review.of(copy);
    expect(other).to.not.equal(Review.of(doc));
    expect(other.content).to.equal(copy);
    expect(ids(other.eventsOfIssue('jurisdiction'))).to.deep.equal(['e-vote', 'e-year']);
    expect(ids(Review.of(doc).eventsOfIssue('jurisdiction'))).to.deep.equal(['e-vote', 'e-year', 'e-order']);
  });

  it('says whether an item concerns an issue', () => {
    const review = Review.of(shuffled());
    const claim = { issues: ['jurisdiction', 'sanctions'] };
    expect(review.concerns(claim, 'sanctions')).to.equal(true);
    expect(review.concerns(claim, 'complementarity')).to.equal(false);
    // No issue selected, or an item about none: nothing to mark.
    expect(review.concerns(claim, undefined)).to.equal(false);
    expect(review.concerns({}, 'jurisdiction')).to.equal(false);
  });
});
