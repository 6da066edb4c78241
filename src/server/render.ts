/// <reference types="node" />
// Server rendering, for Node only. @lit-labs/ssr installs its DOM shim and
// must load before the elements do.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { createHash } from 'node:crypto';
import '../define.js';
import { Review } from '../content/review.js';
import { validateContent } from '../content/validate.js';
import { addLabels } from '../i18n/index.js';
import { ALL_LABELS } from '../i18n/all.js';
import { LANGUAGES, primaryLanguage } from '../i18n/languages.js';
import { DEFAULT_GROUP, pageStore } from '../state/page-stores.js';
import { clampLevel } from '../views/headings.js';
import { WIDGETS, widgetFor } from '../elements/widgets.js';
import { bundledContent } from './bundled.js';

// Rendering is synchronous: every language's words are at hand on the server.
for (const lang of LANGUAGES) addLabels(lang, ALL_LABELS[lang]);

export interface RenderOptions {
  /** Language of the bundled content to render (default `en`). Ignored when `content` is given. */
  lang?: string;
  /** Your own content document; the page must then serve the same file (`<icc-review src>`). */
  content?: unknown;
  issue?: string;
  period?: string;
  event?: string;
  group?: string;
  /** `<icc-summary>` only: `full` or `compact`. */
  variant?: 'full' | 'compact';
  headingLevel?: number;
}

function checked(json: unknown): Review {
  const result = validateContent(json);
  if (!result.ok) throw new Error(`Content is malformed:\n${result.problems.map((p) => `  ${p.path} ${p.message}`).join('\n')}`);
  return Review.of(result.content);
}

/**
 * HTML for one widget: its shadow DOM as declarative shadow DOM (so browsers
 * show it before any script runs) plus a plain light-DOM copy drawn by the
 * widget's own view functions (for reader modes, crawlers and browsers
 * without shadow DOM). The element carries `defer-hydration` and the
 * language rendered: the script bundle adopts the server's nodes once its
 * store for that group and language has the same content.
 */
export function renderWidget(tag: string, options: RenderOptions = {}): string {
  const widget = widgetFor(tag);
  if (!widget) throw new Error(`Unknown widget "${tag}": use one of ${WIDGETS.map((w) => w.tag).join(', ')}`);
  const review = options.content === undefined ? Review.of(bundledContent(options.lang)) : checked(options.content);
  // The widget asks for this language's store on the client too: the one the server fills here.
  const lang = primaryLanguage(options.content === undefined ? options.lang : review.meta.lang);
  const store = pageStore(options.group || DEFAULT_GROUP, lang);
  store.setContent(review.content);
  store.select({ issue: options.issue, period: options.period, event: options.event });
  const level = clampLevel(options.headingLevel ?? 2);
  const light = widget.lightCopy(review, { level, issue: options.issue, period: options.period, event: options.event });
  const name = unsafeStatic(widget.tag); // one of our own tags, never the caller's string
  /* eslint-disable lit/binding-positions, lit/no-invalid-html -- a static tag name (lit/static-html.js), which the lint rules do not know */
  return withoutOuterMarkers(collectResultSync(render(html`<${name} defer-hydration lang=${lang} group=${options.group ?? nothing}
    issue=${options.issue ?? nothing} period=${options.period ?? nothing} event=${options.event ?? nothing}
    variant=${options.variant ?? nothing} heading-level=${options.headingLevel ?? nothing}>${light}</${name}>`)));
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}

/**
 * Lit's hydration markers outside the declarative shadow root. Only the
 * element's shadow root hydrates; the markers around the element and in its
 * light-DOM copy serve nothing, and were a quarter of the snippet's bytes.
 */
function withoutOuterMarkers(rendered: string): string {
  const start = rendered.indexOf('<template shadowroot');
  const end = rendered.lastIndexOf('</template>');
  // `<?>` is the empty marker Lit writes where a template held a comment-less child position.
  const strip = (part: string) => part.replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '');
  return strip(rendered.slice(0, start)) + rendered.slice(start, end) + strip(rendered.slice(end));
}

/**
 * CSP hash sources for the `<style>` elements in server-rendered HTML. The
 * declarative shadow roots carry their styles inline; a page whose policy
 * says `style-src 'self'` allows them by adding these: `style-src 'self' <hashes>`.
 */
export function styleHashes(html: string): string[] {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
  );
  return [...new Set(hashes)];
}
