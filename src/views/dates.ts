import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { DatePrecision } from '../content/schema.js';

const STYLES: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

const formats = new Map<string, Intl.DateTimeFormat>();
/** Formatted dates: a widget draws the same few hundred on every render, and formatting is the costly part. */
const formatted = new Map<string, string>();

/** A content date in the reader's language, no more precise than it is known. */
export function formatDate(date: string, precision: DatePrecision, lang: string): string {
  const key = `${lang}|${precision}`;
  let text = formatted.get(`${key}|${date}`);
  if (text !== undefined) return text;
  let format = formats.get(key);
  // In the reader's time zone, at noon: the calendar date is the same in every zone, and asking for UTC instead
  // would load time-zone data, 30–70 ms more on this machine's first format (four times that on a phone).
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(lang, STYLES[precision])));
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  formatted.set(`${key}|${date}`, (text = format.format(new Date(y, m - 1, d, 12))));
  return text;
}

const signed = new Map<string, Intl.NumberFormat>();

/** A score as readers of a language write a signed number: "+1", "−2", "0". */
export function formatSigned(value: number, lang: string): string {
  let format = signed.get(lang);
  if (!format) signed.set(lang, (format = new Intl.NumberFormat(lang, { signDisplay: 'exceptZero' })));
  return format.format(value);
}

const prepared = new Set<string>();

/**
 * Readies the date and number formats of a language. A page's first Intl format costs 40–80 ms here (ICU
 * starts up; four times that on a phone), and each further kind some more, so widgets call this while their
 * content downloads, when the wait hides it. In a task of its own: run with the script's start, the two made
 * one long task (total blocking time); left to the first render, they were a third of the timeline's render().
 */
export function prepareFormats(lang: string): void {
  if (isServer || prepared.has(lang)) return;
  prepared.add(lang);
  setTimeout(() => {
    for (const precision of Object.keys(STYLES) as DatePrecision[]) formatDate('2000-01-01', precision, lang);
    formatSigned(1, lang);
  });
}

/** The precision a date string is written in. */
export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** A `<time>` element for a content date. */
export function renderDate(date: string, lang: string, precision: DatePrecision = precisionOf(date)): TemplateResult {
  return html`<time datetime=${date}>${formatDate(date, precision, lang)}</time>`;
}

/** A dated item's date, or its span when it has an end ("5–9 June 2010" style, as two times). */
export function renderSpan(item: { date: string; precision: DatePrecision; end?: string }, lang: string): TemplateResult {
  return html`${renderDate(item.date, lang, item.precision)}${item.end ? html`–${renderDate(item.end, lang)}` : nothing}`;
}
