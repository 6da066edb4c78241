/* global window, document, requestAnimationFrame, setTimeout */
// Test fixture, not shipped: a host whose resize script arrives late (a slow
// `defer` queue, a tag manager). It waits until the embed has rendered and its
// height has settled (so it has reported it, to nobody), then adds the script,
// which must still size the frame.
const frame = document.querySelector('iframe');
const contentHeight = () => {
  const doc = frame.contentDocument;
  const rendered = doc?.querySelector('icc-summary')?.shadowRoot?.querySelector('[role="heading"]');
  return rendered ? Math.ceil(doc.documentElement.getBoundingClientRect().height) : undefined;
};
let last;
let stableFrames = 0;
const poll = () => {
  const height = contentHeight();
  stableFrames = height !== undefined && height === last ? stableFrames + 1 : 0;
  last = height;
  if (stableFrames < 10) {
    requestAnimationFrame(poll);
    return;
  }
  // Ten frames unchanged: the embed's ResizeObserver has long since posted this height.
  setTimeout(() => {
    window.frameHeightBeforeScript = frame.clientHeight;
    window.reportedBeforeScript = last;
    const script = document.createElement('script');
    script.src = '/dist/icc-embed-resize.js';
    document.head.append(script);
  }, 100);
};
poll();
