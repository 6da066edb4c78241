/**
 * The messages between the iframe embed (embed.ts, inside the iframe) and the
 * host's resize script (resize.ts, on the page that holds the iframe). Both
 * builds inline this module, so the two sides cannot drift apart.
 */

/** Sent by the embed to its parent whenever the height of its document changes. */
export interface HeightMessage {
  type: typeof HEIGHT;
  /** The embed's `id` query parameter; the host matches it to `data-icc-embed`. */
  id: string;
  /** CSS pixels, a whole number. */
  height: number;
}

export const HEIGHT = 'icc-widgets:height';

/**
 * Sent by the resize script to each embed when it starts: an embed that
 * loaded before the script (a host's slow `defer` queue, a late tag manager)
 * has already reported its height to nobody, and only reports changes.
 */
export const HEIGHT_REQUEST = 'icc-widgets:height-request';

/** The embed's `id` and `data-icc-embed`: a short token, safe in a selector and a log line. */
export const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Taller than any widget gets (the full review on a 280 px column stays far
 * below it): a larger value is a bug or a hostile page, and would make the
 * host page absurdly long.
 */
export const MAX_HEIGHT = 100_000;
