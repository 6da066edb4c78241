import { VERSION } from '../version.js';
import type { Widget } from './widget.js';

/**
 * Registers a tag unless some copy of the library already did. Pages often load
 * us twice (an npm build and a pasted script tag, or the module and classic
 * files): that must not throw. Mismatched versions get a console warning.
 */
export function defineElement(tag: string, element: CustomElementConstructor & { version?: string }): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && existing.version !== (element.version ?? VERSION)) {
    console.warn(
      `icc-widgets: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
        `this copy (version ${element.version ?? VERSION}) was not registered and the existing one stays in use.`,
    );
  }
}

/** Registers a widget under its tag (see widgets.ts). */
export function defineWidget(widget: Widget): void {
  defineElement(widget.tag, widget.element);
}
