import { WIDGETS, widgetFor } from '../elements/widgets.js';
import { bundledContent } from './bundled.js';

export interface OEmbedOptions {
  /** Where dist/ is deployed, e.g. https://newsroom.example/icc-widgets/ */
  base: string;
  /** A widget's tag. */
  widget: string;
  lang?: string;
  width?: number;
  height?: number;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An oEmbed 1.0 `rich` response whose `html` is the iframe embed, ready to
 * serve as a static file from the deployment. Hosts that run our resize
 * script (dist/icc-embed-resize.js) grow the iframe to the widget's height.
 */
export function oembed({ base, widget, lang = 'en', width = 640, height }: OEmbedOptions) {
  const entry = widgetFor(widget);
  if (!entry) throw new Error(`Unknown widget "${widget}": use one of ${WIDGETS.map((w) => w.tag).join(', ')}`);
  const root = new URL(base.endsWith('/') ? base : `${base}/`);
  if (root.protocol !== 'https:' && root.protocol !== 'http:') throw new Error(`--base must be an http(s) address, got ${base}`);
  const content = bundledContent(lang);
  const src = new URL(`embed.html?widget=${entry.tag}&lang=${encodeURIComponent(content.meta.lang)}&id=${entry.tag}`, root).href;
  const title = `${content.meta.title}: ${entry.label}`;
  const h = height ?? entry.embedHeight;
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
      `loading="lazy" data-icc-embed="${entry.tag}"></iframe>`,
  };
}
