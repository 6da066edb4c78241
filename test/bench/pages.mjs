// The pages `npm run bench` compares, made from the built package (dist/) and the English bundled content.
// Each pair shows the same text: a widget page and the static HTML the server renderer writes for readers
// without JavaScript (the widgets' light-DOM copies), or our timeline and TimelineJS fed the same events.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { renderWidget, bundledContent, WIDGETS } from '../../dist/server/index.js';
import { Review } from '../../dist/content/review.js';
import { timelineJsDocument, timelineJsPage } from './timelinejs.mjs';

const TAGS = WIDGETS.map((w) => w.tag);
const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title><link rel="icon" href="data:,">${head}</head><body><main>${body}</main></body></html>`;
const script = '<script type="module" src="/dist/icc-widgets.js"></script>';
const review = Review.of(bundledContent('en'));
const lightCopy = (tag) => collectResultSync(render(WIDGETS.find((w) => w.tag === tag).lightCopy(review, { level: 2 })));
/** `count` widgets, the three kinds in turn. */
const some = (count, each) => Array.from({ length: count }, (_, i) => each(TAGS[i % TAGS.length])).join('');

export const pages = {
  'static-3': page(some(3, lightCopy)),
  'script-3': page(some(3, (tag) => `<${tag}></${tag}>`), script),
  'static-100': page(some(100, lightCopy)),
  'script-100': page(some(100, (tag) => `<${tag}></${tag}>`), script),
  'script-0': page('', script),
  position: page('<us-icc-position></us-icc-position>', script),
  timelinejs: timelineJsPage('/timelinejs.json'),
};
/** Documents the pages fetch besides the package's files. */
export const documents = { 'timelinejs.json': JSON.stringify(timelineJsDocument(bundledContent('en'))) };

/** What a server-rendered page carries per widget, against the static HTML of the same text. */
export const snippets = Object.fromEntries(TAGS.map((tag) => [tag, { ssr: renderWidget(tag), static: lightCopy(tag) }]));
