/**
 * For host pages that embed dist/embed.html in iframes (dist/icc-embed-resize.js,
 * a classic script: `<script src=".../icc-embed-resize.js" defer></script>`).
 * Fits each embed's iframe to the height its document reports.
 *
 * Any window can post any message to the host page, so a message resizes an
 * iframe only when all of these hold:
 *  - it is `{ type: 'icc-widgets:height', id, height }` with a sane height;
 *  - it comes from that iframe's own window (`contentWindow === event.source`);
 *  - it comes from the origin of the iframe's `src` (not a page the frame was navigated to);
 *  - its `id` equals the iframe's `data-icc-embed` attribute, the host's
 *    explicit opt-in (an attribute of its own, not `id`, which CMSs rewrite and pages reuse).
 */
import { EMBED_ID, HEIGHT, HEIGHT_REQUEST, MAX_HEIGHT, type HeightMessage } from './protocol.js';

// Pages may include the script twice (two CMS blocks, a theme and a post): one listener is enough.
const LOADED = Symbol.for('icc-widgets/embed-resize@1');
const page = globalThis as { [LOADED]?: true };

if (!page[LOADED]) {
  page[LOADED] = true;
  addEventListener('message', onMessage);
  // Embeds that loaded before this script have reported to nobody: ask them again.
  for (const iframe of document.querySelectorAll<HTMLIFrameElement>('iframe[data-icc-embed]')) {
    const origin = originOf(iframe);
    // Only to the iframe's own origin; an iframe still on its initial blank page will report when it loads.
    if (origin) iframe.contentWindow?.postMessage({ type: HEIGHT_REQUEST }, origin);
  }
}

function onMessage(event: MessageEvent): void {
  if (!isHeightMessage(event.data) || !event.source) return;
  const iframe = [...document.getElementsByTagName('iframe')].find((frame) => frame.contentWindow === event.source);
  if (!iframe || iframe.getAttribute('data-icc-embed') !== event.data.id || originOf(iframe) !== event.origin) return;
  iframe.style.height = `${event.data.height + verticalExtras(iframe)}px`;
}

function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id, height } = data as Record<string, unknown>;
  return (
    type === HEIGHT &&
    typeof id === 'string' && EMBED_ID.test(id) &&
    typeof height === 'number' && Number.isInteger(height) && height > 0 && height <= MAX_HEIGHT
  );
}

/** The origin of the iframe's `src`, or undefined when it has none a message could come from. */
function originOf(iframe: HTMLIFrameElement): string | undefined {
  try {
    const { origin } = new URL(iframe.src);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * The style height sizes the content box, unless the host's CSS says
 * `box-sizing: border-box` (a common reset): then the frame's borders and
 * padding come out of it, and would cost the document that many pixels.
 */
function verticalExtras(iframe: HTMLIFrameElement): number {
  const style = getComputedStyle(iframe);
  if (style.boxSizing !== 'border-box') return 0;
  const sum = ['border-top-width', 'border-bottom-width', 'padding-top', 'padding-bottom'].reduce(
    (total, property) => total + (parseFloat(style.getPropertyValue(property)) || 0),
    0,
  );
  return Math.ceil(sum);
}
