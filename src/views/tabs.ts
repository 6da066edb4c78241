import { html, type TemplateResult } from 'lit';

export interface TabsOptions<T> {
  items: readonly T[];
  selected: T;
  /** Accessible name of the tab list. */
  label: string;
  /**
   * `auto`: the tab that arrow keys reach is selected at once (cheap panels).
   * `manual`: keys only move focus; Enter or Space selects (when selecting
   * broadcasts to the page, passing over a tab must not).
   */
  activation: 'auto' | 'manual';
  orientation?: 'horizontal' | 'vertical';
  /** The tab's visible content. */
  renderTab(item: T): unknown;
  select(item: T): void;
}

/**
 * An ARIA APG tab list controlling the panel with id `panel`. Arrows move to
 * the next or previous tab (wrapping; left and right follow the reading
 * direction), Home and End to the first and last. Tabs are identified by
 * position (`tab-0`…): content ids are not guaranteed to be valid IDREFs.
 */
export function renderTabs<T>(options: TabsOptions<T>): TemplateResult {
  const { items, selected, activation } = options;
  const onKeydown = (event: KeyboardEvent) => {
    const index = moveTabFocus(event);
    if (index !== undefined && activation === 'auto') options.select(items[index]);
  };
  return html`<div class="tabs" part="tabs" role="tablist" aria-label=${options.label}
    aria-orientation=${options.orientation ?? 'horizontal'} @keydown=${onKeydown}>
    ${items.map((item, i) => {
      const isSelected = item === selected;
      return html`<button class="tab" part="tab" role="tab" id="tab-${i}" aria-selected=${String(isSelected)}
        aria-controls="panel" tabindex=${isSelected ? 0 : -1} @click=${() => options.select(item)}>${options.renderTab(item)}</button>`;
    })}
  </div>`;
}

/** Moves focus for a tab-list key and returns the new tab's position, or undefined for other keys. */
function moveTabFocus(event: KeyboardEvent): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined; // leave browser shortcuts alone
  const list = event.currentTarget as HTMLElement;
  const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
  const current = tabs.indexOf(event.target as HTMLElement);
  if (current < 0) return undefined;
  const forward = getComputedStyle(list).direction === 'rtl' ? -1 : 1;
  const steps: Record<string, number> = { ArrowRight: forward, ArrowLeft: -forward, ArrowDown: 1, ArrowUp: -1 };
  let next: number;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = tabs.length - 1;
  else if (Object.hasOwn(steps, event.key)) next = (current + steps[event.key] + tabs.length) % tabs.length;
  else return undefined;
  event.preventDefault();
  tabs[next].focus();
  return next;
}
