/**
 * The ARIA APG tabs keyboard model, shared by the widgets with tab lists:
 * arrows move to the next or previous tab (wrapping; left and right follow the
 * reading direction, so they swap in right-to-left text), Home and End jump
 * to the first and last. Moves focus to that tab and returns it, or returns
 * undefined (and leaves the event alone) for any other key.
 */
export function moveTabFocus(event: KeyboardEvent, root: ParentNode): HTMLElement | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined; // leave browser shortcuts alone
  const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
  const current = tabs.indexOf(event.target as HTMLElement);
  if (current < 0) return undefined;
  const forward = getComputedStyle(tabs[current]).direction === 'rtl' ? -1 : 1;
  const steps: Record<string, number> = { ArrowRight: forward, ArrowLeft: -forward, ArrowDown: 1, ArrowUp: -1 };
  let next: number;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = tabs.length - 1;
  else if (event.key in steps) next = (current + steps[event.key] + tabs.length) % tabs.length;
  else return undefined;
  event.preventDefault();
  tabs[next].focus();
  return tabs[next];
}
