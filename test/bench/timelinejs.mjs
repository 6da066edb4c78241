/* global window, document, getComputedStyle */ // the *Painted predicates run in the browser
// The bench's rival: Knight Lab's TimelineJS 3.9 (the newsroom timeline embed),
// fed the same events as <us-icc-position>, and the predicates that say when
// each has painted them. Pages load TimelineJS from node_modules and make no
// request off the bench's own server.
import { Review } from '../../dist/content/review.js';

const TLJS = '/node_modules/@knight-lab/timelinejs/dist';

// Content dates are written in the form of their precision (YYYY, YYYY-MM or
// YYYY-MM-DD), so the parts present are exactly the ones TimelineJS should get:
// it then shows "1995" or "June 2004" rather than inventing a 1 January.
function dateOf(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, ...(month && { month }), ...(day && { day }) };
}

// TimelineJS puts headline and text into innerHTML: escape, so content stays plain text.
const plain = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A TimelineJS JSON document (https://timeline.knightlab.com/docs/json-format.html)
 * of what the position widget charts: every timeline event (Review#timeline,
 * date order), spans with their end, and the administrations as eras (the
 * widget's bands; the current one ends at the as-of date, as on the chart).
 * Sources are left out: TimelineJS has no place for citations but the text.
 */
export function timelineJsDocument(content) {
  const review = Review.of(content);
  const { asOf } = review.meta;
  const first = review.periods[0];
  return {
    // The widget's own header (src/i18n/en.ts, position.title and dek) as the title slide.
    title: {
      text: {
        headline: 'The US position on the ICC, by administration',
        text: plain(`Each administration's stance since ${first.start.slice(0, 4)}, with ${review.timeline.length} dated events.`),
      },
    },
    events: review.timeline.map((e) => ({
      unique_id: e.id,
      start_date: dateOf(e.date),
      ...(e.end && { end_date: dateOf(e.end) }),
      text: { headline: plain(e.title), text: plain(e.text) },
    })),
    eras: review.periods.map((p) => ({
      start_date: dateOf(p.start),
      end_date: dateOf(p.end ?? asOf),
      text: { headline: plain(p.president) },
    })),
  };
}

/** A page with TimelineJS reading the document at `documentUrl`; the instance is `window.timeline`. */
export function timelineJsPage(documentUrl) {
  // Options that would otherwise reach off the server (defaults in TL.Timeline's constructor, 3.9.11):
  // - script_path defaults to https://cdn.knightlab.com/libs/timeline3/latest/js/; font and theme CSS and
  //   locale files resolve against it. Absolute, because TimelineJS resolves with new URL(x, script_path).
  // - font 'default' loads font.default.css, which loads four PT Sans/Serif TTFs from fonts.gstatic.com.
  //   null loads nothing; timeline.css's own stacks (Helvetica Neue, Georgia...) apply, as our widget
  //   uses the system's fonts. The tl-icons font comes from dist/css/icons, relative to timeline.css.
  // - language 'en' is built into timeline.js, so no locale file is fetched.
  // - ga_measurement_id/ga_property_id null: no googletagmanager.com (null is the default; stated here).
  // - The icon link stops the browser's own /favicon.ico request (a 404 and a console error on the bench's server).
  // - sheets_proxy is used for Google Sheets addresses only; soundcite (false) would load from the CDN.
  const options = `{
      script_path: new URL('${TLJS}/js/', location.href).href,
      font: null,
      theme: null,
      language: 'en',
      ga_measurement_id: null,
      ga_property_id: null,
      soundcite: false,
      hash_bookmark: false,
    }`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS bench</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${TLJS}/css/timeline.css">
<script src="${TLJS}/js/timeline.js"></script>
</head>
<body>
<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
  // After the div: TimelineJS sizes itself from the container's offsetWidth/Height when constructed.
  window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(documentUrl).replace(/</g, '\\u003c')}, ${options});
</script>
</body>
</html>
`;
}

/**
 * For page.waitForFunction: TimelineJS has painted the events in place. It is
 * ready (data read, loading message gone), its time navigation has one marker
 * per event (as many as the document gave it, or `expected`), each with its
 * headline box laid out (those past the timenav's edge too: scrolled off, not
 * absent), and the title slide is on screen. In TimelineJS's favour, this
 * does not wait for the markers to come to rest: it first draws every marker
 * at the start of the axis, then slides them to their dates with a 1 s CSS
 * transition (timeline.css, `.tl-timemarker { transition: left 1000ms }`), so
 * a reader sees the timeline about a second later than measured here.
 * Self-contained: puppeteer sends its source.
 */
export function timelineJsPainted(expected) {
  const tl = window.timeline;
  const count = expected ?? tl?.config?.events?.length;
  if (!tl?.ready || !count) return false;
  const markers = document.querySelectorAll('#timeline-embed .tl-timenav .tl-timemarker');
  if (markers.length !== count) return false;
  for (const m of markers) {
    // The marker's own box is 0 wide (its parts are positioned): measure the box with the headline.
    const box = m.querySelector('.tl-timemarker-content-container')?.getBoundingClientRect();
    if (!box?.width || !box.height) return false;
  }
  const slide = document.querySelector('#timeline-embed .tl-storyslider .tl-slide-titleslide');
  const box = slide?.getBoundingClientRect();
  // The slider is a strip of slides moved sideways: the title slide is shown when it is in the viewport.
  return !!box && box.width > 0 && box.left >= 0 && box.left < window.innerWidth && getComputedStyle(slide).visibility !== 'hidden';
}

/**
 * For page.waitForFunction: <us-icc-position> has drawn its chart (shown on
 * containers from 36rem) with a mark per event (as many as the content's
 * timeline, or `expected`). Marks of a cluster stay in the drawing but hidden
 * (its bubble shows them), so each spot's group is checked for layout. The
 * content is read off the widget's store, a protected field: this is a bench.
 */
export function positionPainted(expected) {
  const el = document.querySelector('us-icc-position');
  const count = expected ?? el?.store?.content?.timeline?.length;
  const svg = el?.shadowRoot?.querySelector('.chart svg');
  if (!count || !svg || !svg.getBoundingClientRect().width) return false;
  if (svg.querySelectorAll('.mark[data-event]').length !== count) return false;
  for (const spot of svg.querySelectorAll('g')) {
    const box = spot.getBoundingClientRect();
    if (!box.width || !box.height) return false;
  }
  return true;
}
