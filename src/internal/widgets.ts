/** The widgets a host can place on its own (the provider aside): one list for the embed page and the server. */
export const WIDGETS = ['icc-summary', 'us-icc-position', 'icc-stance-compare'] as const;
export type WidgetTag = (typeof WIDGETS)[number];
