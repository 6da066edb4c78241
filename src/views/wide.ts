/**
 * From this container width (in rem) the timeline and the comparison lay out wide, as their styles' container
 * queries say: the chart shows, the issues are a grid that does not scroll, every position shows in full.
 */
export const WIDE_FROM = 36;

/** Whether a host whose content box is `inlineSize` CSS px wide lays out wide (the container queries' root ems). */
export function isWide(host: Element, inlineSize: number): boolean {
  return inlineSize >= WIDE_FROM * parseFloat(getComputedStyle(host.ownerDocument.documentElement).fontSize);
}
