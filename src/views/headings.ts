import { html, nothing, type TemplateResult } from 'lit';

/** A heading level from an attribute: whole, 1 to 6, 2 when unusable. */
export function clampLevel(level: number): number {
  return Math.min(Math.max(Math.round(level) || 2, 1), 6);
}

export interface HeadingOptions {
  /** Interactive copy (shadow DOM) or plain light-DOM copy. */
  live: boolean;
  /** Only in the live copy: ids must not repeat in the host's light DOM. */
  id?: string;
  part?: string;
  class?: string;
}

/**
 * A heading at a computed level. The live copy uses role=heading (a tag name
 * cannot be bound in a Lit template, and one template keeps hydration simple);
 * the plain copy, read by reader modes and crawlers, gets real h1–h6.
 */
export function heading(level: number, body: unknown, { live, id, part, class: cls }: HeadingOptions): TemplateResult {
  const n = clampLevel(level);
  if (live) {
    return html`<div class="heading ${cls ?? ''}" role="heading" aria-level=${n} id=${id ?? nothing} part=${part ?? nothing}>${body}</div>`;
  }
  return [
    html`<h1>${body}</h1>`, html`<h2>${body}</h2>`, html`<h3>${body}</h3>`,
    html`<h4>${body}</h4>`, html`<h5>${body}</h5>`, html`<h6>${body}</h6>`,
  ][n - 1];
}
