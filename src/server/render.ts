/// <reference types="node" />
// Server rendering, for Node only. @lit-labs/ssr installs its DOM shim and
// must load before the elements do.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import '../define.js';
import { bundledContentUrl } from '../bundled.js';
import type { Content } from '../content/types.js';
import { validateContent } from '../content/validate.js';
import { DEFAULT_GROUP, pageStore } from '../state/page-stores.js';
import { WIDGETS, type WidgetTag } from '../internal/widgets.js';
import { renderPlain } from './plain.js';

export { WIDGETS, type WidgetTag };

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

/** The bundled content of a language, validated. */
export function bundledContent(lang = 'en'): Content {
  return checked(JSON.parse(readFileSync(fileURLToPath(bundledContentUrl(lang)), 'utf8')));
}

function checked(json: unknown): Content {
  const result = validateContent(json);
  if (!result.ok) throw new Error(`Content is malformed:\n${result.problems.map((p) => `  ${p.path} ${p.message}`).join('\n')}`);
  return result.content;
}

/**
 * HTML for one widget: its shadow DOM as declarative shadow DOM (so browsers
 * show it before any script runs) plus a plain light-DOM copy of the text and
 * sources (for reader modes, crawlers and browsers without shadow DOM). The
 * element carries `defer-hydration`: the script bundle adopts the server's
 * nodes once it has the same content, without drawing anything again.
 */
export function renderWidget(tag: WidgetTag, options: RenderOptions = {}): string {
  if (!WIDGETS.includes(tag)) throw new Error(`Unknown widget "${tag}": use one of ${WIDGETS.join(', ')}`);
  const content = options.content === undefined ? bundledContent(options.lang) : checked(options.content);
  const group = options.group || DEFAULT_GROUP;
  const store = pageStore(group);
  store.setContent(content);
  store.select({ issue: options.issue, period: options.period, event: options.event });
  const level = options.headingLevel ?? 2;
  const attrs = {
    group: options.group ?? nothing,
    issue: options.issue ?? nothing,
    period: options.period ?? nothing,
    event: options.event ?? nothing,
    level: options.headingLevel ?? nothing,
  };
  const plain = renderPlain(tag, content, level);
  const templates = {
    'icc-summary': html`<icc-summary defer-hydration variant=${options.variant ?? nothing} group=${attrs.group} issue=${attrs.issue}
      period=${attrs.period} event=${attrs.event} heading-level=${attrs.level}>${plain}</icc-summary>`,
    'us-icc-position': html`<us-icc-position defer-hydration group=${attrs.group} issue=${attrs.issue}
      period=${attrs.period} event=${attrs.event} heading-level=${attrs.level}>${plain}</us-icc-position>`,
    'icc-stance-compare': html`<icc-stance-compare defer-hydration group=${attrs.group} issue=${attrs.issue}
      period=${attrs.period} event=${attrs.event} heading-level=${attrs.level}>${plain}</icc-stance-compare>`,
  };
  return collectResultSync(render(templates[tag]));
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
