/**
 * Script of the iframe embed page (dist/embed.js, loaded by dist/embed.html).
 * It imports the script-tag bundle, which defines the elements and holds the
 * widget registry (the build keeps that import as `./icc-widgets.js`, so the
 * page loads the bundle once and this file stays small). It places the one
 * widget the query names, then tells the parent page the document's height whenever it
 * changes, so the host can fit the iframe to it: in our own message (for
 * dist/icc-embed-resize.js) and in the dialects that WordPress embeds, AMP's
 * amp-iframe and pym.js already understand, so hosts on those need nothing of ours.
 *
 * The query is written by whoever wrote the iframe tag, so it is untrusted:
 * each value is checked against a narrow pattern and set as an attribute,
 * nothing is parsed as HTML, and a rejected value is dropped, never echoed.
 */
import { WIDGETS, widgetFor } from '../define-with-hydration.js';
import { EMBED_ID, HEIGHT, HEIGHT_REQUEST, type HeightMessage } from './protocol.js';

const THEMES = ['light', 'dark'];
const CONTENT_ID = /^[a-z0-9-]{1,100}$/;

/** Query parameters handed to the widget as attributes, with the values each may take. */
const WIDGET_ATTRIBUTES: Record<string, RegExp> = {
  issue: CONTENT_ID,
  period: CONTENT_ID,
  event: CONTENT_ID,
  // Any short token: the element decides what a variant means, so a new one needs no new embed.
  variant: /^[a-z-]{1,32}$/,
  'heading-level': /^[1-6]$/,
};

const query = new URLSearchParams(location.search);
const param = (name: string, pattern: RegExp): string | undefined => {
  const value = query.get(name);
  return value !== null && pattern.test(value) ? value : undefined;
};

placeWidget();
reportHeight();

function placeWidget(): void {
  const theme = query.get('theme');
  // embed.css keys the --icc-* colours and color-scheme on this attribute.
  if (theme && THEMES.includes(theme)) document.documentElement.dataset.theme = theme;

  const main = document.querySelector('main')!;
  const entry = widgetFor(query.get('widget'));
  if (!entry) {
    const message = document.createElement('p');
    message.className = 'embed-error';
    message.textContent =
      'This explainer cannot be shown: the embed code does not name one of the available widgets ' +
      `(${WIDGETS.map((w) => `${w.tag}: ${w.label.toLowerCase()}`).join('; ')}).`;
    main.append(message);
    return;
  }

  // The provider carries the language and gives the embed its own store,
  // whatever else the bundle keeps page-wide.
  const review = document.createElement('icc-review');
  const lang = param('lang', /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/);
  if (lang) {
    review.setAttribute('lang', lang);
    // The frame's own page speaks the widget's language too (screen readers pick their voice from it).
    document.documentElement.lang = lang;
  }

  const widget = document.createElement(entry.tag);
  for (const [name, pattern] of Object.entries(WIDGET_ATTRIBUTES)) {
    const value = param(name, pattern);
    if (value) widget.setAttribute(name, value);
  }
  review.append(widget);
  main.append(review);
}

function reportHeight(): void {
  // Opened on its own, not framed: nobody to tell.
  if (window.parent === window) return;
  const parent = window.parent;
  // Our message needs the id to reach the right iframe (see resize.ts); without one it is not sent.
  const id = param('id', EMBED_ID);
  // pym.js's parent adds ?childId=… to the iframe's URL and reads it back from each message.
  const childId = param('childId', /^[\w.:-]{1,128}$/);
  // WordPress appends #?secret=… to embeds it creates and only accepts messages that carry it.
  const secret = location.hash.startsWith('#?') ? new URLSearchParams(location.hash.slice(2)).get('secret') : null;
  const wpSecret = secret && /^[A-Za-z0-9]{1,64}$/.test(secret) ? secret : undefined;

  // '*': a height reveals nothing, and the embed cannot know which site framed it.
  const sendOurs = (height: number) => {
    if (id) parent.postMessage({ type: HEIGHT, id, height } satisfies HeightMessage, '*');
  };

  let last: number | undefined;
  const measure = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    if (wpSecret) parent.postMessage({ secret: wpSecret, message: 'height', value: height }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    if (childId) parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, '*');
    sendOurs(height);
  };

  // <html> has no set height (embed.css), so its box is the content's: it changes
  // when the widget renders, a reader opens something, or the frame's width reflows it.
  new ResizeObserver(measure).observe(document.documentElement);
  addEventListener('load', measure);
  // The resize script asks once when it starts, in case it missed our last report.
  addEventListener('message', (event) => {
    if (event.source === parent && event.data?.type === HEIGHT_REQUEST && last !== undefined) sendOurs(last);
  });
}
