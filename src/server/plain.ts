import { html, nothing, type TemplateResult } from 'lit';
import type { Content, Source } from '../content/types.js';
import { formatDate, precisionOf } from '../internal/format.js';
import { labelsFor } from '../internal/labels.js';
import type { WidgetTag } from './render.js';

/**
 * The readable light-DOM copy of a server-rendered widget: plain headings,
 * paragraphs, lists and tables, for reader modes, crawlers and browsers that
 * show no shadow DOM. No ids (several widgets share a page) and no controls:
 * citations are bracketed numbers matching the sources list.
 */
export function renderPlain(tag: WidgetTag, content: Content, level: number): TemplateResult {
  const cite = numbering(content.sources);
  const body = { 'icc-summary': summary, 'us-icc-position': position, 'icc-stance-compare': compare }[tag](content, cite, level);
  const labels = labelsFor(content.meta.lang);
  return html`<div lang=${content.meta.lang}>
    ${body} ${heading(level + 1, labels.sources)}
    <ol>${cite.used().map((s) => html`<li>${s.publisher}, ${s.url ? html`<a href=${s.url}>${s.title}</a>` : s.title}${s.citation ? `, ${s.citation}` : ''}, ${date(s.date, content)}.</li>`)}</ol>
    <p>${labels.asOf} ${formatDate(content.meta.asOf, 'day', content.meta.lang)}.</p>
  </div>`;
}

type Cite = ((ids: readonly string[]) => string) & { used(): Source[] };

/** Bracketed numbers in order of first citation, like the widgets' footnotes. */
function numbering(sources: readonly Source[]): Cite {
  const order: string[] = [];
  const number = (id: string) => (order.includes(id) ? order.indexOf(id) : order.push(id) - 1) + 1;
  const cite = (ids: readonly string[]) => ids.map((id) => `[${number(id)}]`).join('');
  cite.used = () => order.map((id) => sources.find((s) => s.id === id)!);
  return cite;
}

const heading = (level: number, text: string) => {
  const n = Math.min(Math.max(level, 1), 6);
  // One template per level: tag names cannot be bound in Lit templates.
  return [
    html`<h1>${text}</h1>`, html`<h2>${text}</h2>`, html`<h3>${text}</h3>`,
    html`<h4>${text}</h4>`, html`<h5>${text}</h5>`, html`<h6>${text}</h6>`,
  ][n - 1];
};

const date = (value: string, content: Content) => formatDate(value, precisionOf(value), content.meta.lang);

function summary(content: Content, cite: Cite, level: number): TemplateResult {
  const labels = labelsFor(content.meta.lang);
  return html`${heading(level, content.meta.title)}
    ${content.sections.map((section) => html`${heading(level + 1, section.title)}
      ${section.paragraphs.map((p) => html`<p>${p.claims.map((c) => `${c.text}${cite(c.sources)} `)}</p>
        ${content.corrections
          .filter((fix) => p.claims.some((c) => c.id === fix.claim))
          .map((fix) => html`<p><strong>${labels.correction} (${labels.verdict[fix.verdict]}).</strong>
            ${labels.originalSaid(content.meta.original.title)} “${fix.original}” ${fix.text}${cite(fix.sources)}</p>`)}`)}
      ${section.id === 'recent-news'
        ? html`<ul>${[...content.news].sort((a, b) => b.date.localeCompare(a.date)).map((n) =>
            html`<li>${formatDate(n.date, n.precision, content.meta.lang)}: <strong>${n.headline}</strong>. ${n.text}${cite(n.sources)}</li>`)}</ul>`
        : nothing}`)}`;
}

function position(content: Content, cite: Cite, level: number): TemplateResult {
  const labels = labelsFor(content.meta.lang);
  const scale = new Map(content.meta.stanceScale.labels.map((l) => [l.value, l.label]));
  return html`${heading(level, labels.position.title)}
    <table>
      <caption>${labels.position.tableCaption}</caption>
      <tr><th scope="col">${labels.position.administration}</th><th scope="col">${labels.position.years}</th><th scope="col">${labels.position.stance}</th></tr>
      ${content.administrations.map((a) => html`<tr>
        <th scope="row">${a.president}</th>
        <td>${labels.position.yearSpan(a.start.slice(0, 4), a.end?.slice(0, 4))}</td>
        <td>${labels.position.stanceText(scale.get(a.stance), String(a.stance))}</td>
      </tr>`)}
    </table>
    ${content.administrations.map((a) => html`${heading(level + 1, `${a.president}, ${labels.position.yearSpan(a.start.slice(0, 4), a.end?.slice(0, 4))}`)}
      <p>${a.summary}${cite(a.sources)}</p>
      ${a.reasons.length ? html`<ul>${a.reasons.map((r) => html`<li>${r.text}${cite(r.sources)}</li>`)}</ul>` : nothing}
      <ul>${content.timeline.filter((e) => e.administration === a.id).map((e) =>
        html`<li>${formatDate(e.date, e.precision, content.meta.lang)}: <strong>${e.title}</strong>. ${e.text}${cite(e.sources)}</li>`)}</ul>`)}`;
}

function compare(content: Content, cite: Cite, level: number): TemplateResult {
  const words = labelsFor(content.meta.lang).compare;
  return html`${heading(level, words.title)}
    ${content.issues.map((issue) => html`${heading(level + 1, `${issue.title} (${words.status[issue.status]})`)}
      <table>
        <tr><td></td><th scope="col">${words.us}</th><th scope="col">${words.icc}</th></tr>
        <tr><th scope="row">${words.position}</th><td>${issue.us.text}${cite(issue.us.sources)}</td><td>${issue.icc.text}${cite(issue.icc.sources)}</td></tr>
        <tr><th scope="row">${words.basis}</th><td>${issue.us.basis ?? words.noBasis}</td><td>${issue.icc.basis ?? words.noBasis}</td></tr>
        <tr><th scope="row">${words.meeting}</th><td colspan="2">${issue.meeting.text}${cite(issue.meeting.sources)}</td></tr>
      </table>`)}`;
}
