import { bundledContent, WIDGETS, type WidgetTag } from './render.js';

export interface OEmbedOptions {
  /** Where dist/ is deployed, e.g. https://newsroom.example/icc-widgets/ */
  base: string;
  widget: WidgetTag;
  lang?: string;
  width?: number;
  height?: number;
}

/** A first height for the iframe; the embed page then reports its real one. */
const HEIGHTS: Record<WidgetTag, number> = { 'icc-summary': 1400, 'us-icc-position': 1100, 'icc-stance-compare': 900 };

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An oEmbed 1.0 `rich` response whose `html` is the iframe embed, ready to
 * serve as a static file from the deployment. Hosts that run our resize
 * script (dist/icc-embed-resize.js) grow the iframe to the widget's height.
 */
export function oembed({ base, widget, lang = 'en', width = 640, height }: OEmbedOptions) {
  if (!WIDGETS.includes(widget)) throw new Error(`Unknown widget "${widget}": use one of ${WIDGETS.join(', ')}`);
  const root = new URL(base.endsWith('/') ? base : `${base}/`);
  if (root.protocol !== 'https:' && root.protocol !== 'http:') throw new Error(`--base must be an http(s) address, got ${base}`);
  const content = bundledContent(lang);
  const src = new URL(`embed.html?widget=${widget}&lang=${encodeURIComponent(content.meta.lang)}&id=${widget}`, root).href;
  const title = `${content.meta.title} (${widget})`;
  const h = height ?? HEIGHTS[widget];
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'icc-widgets',
    provider_url: root.href,
    title,
    width,
    height: h,
    html:
      `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${width}" height="${h}" ` +
      `loading="lazy" data-icc-embed="${widget}"></iframe>`,
  };
}
