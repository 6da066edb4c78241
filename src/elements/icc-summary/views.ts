import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { Correction, Issue, Paragraph, Section } from '../../content/schema.js';
import type { Review } from '../../content/review.js';
import { labelsFor, type Labels } from '../../i18n/index.js';
import { Citations } from '../../views/citations.js';
import { renderDate } from '../../views/dates.js';
import { renderFooter } from '../../views/footer.js';
import { heading } from '../../views/headings.js';
import { citedBy, unchanged, type View } from '../../views/view.js';

/**
 * The summary's view functions: the element draws its shadow DOM with them
 * (live) and the server its light-DOM copy (plain), so both say the same.
 *
 * A part's text is drawn once, whole. Its teaser is part of it: the paragraph
 * holding the key claim is marked `teaser`, every other claim of it and the
 * text of each news item is wrapped in `.more`, so a closed part (a style
 * rule in icc-summary.styles.ts) shows only the key claim with its citation,
 * or in the news part the newest item's date and headline with its citation.
 * Nothing is drawn twice: citations keep their numbers and reading order.
 */

/** One part's text: its paragraphs with their corrections, and the news in the last part. */
export function renderPart(view: View, section: Section, issue: Issue | undefined): TemplateResult {
  return html`${section.paragraphs.map((p) => {
      const about = isRelated(view.review, p, issue) ? issue : undefined;
      const corrections = p.claims.flatMap((c) => view.review.correctionsOf(c.id));
      return unchanged(view, [p, about], citedBy([...p.claims, ...corrections]), () => renderParagraph(view, p, corrections, about));
    })}
    ${isNews(section) ? renderNews(view, issue) : nothing}`;
}

function isRelated(review: Review, paragraph: Paragraph, issue: Issue | undefined): issue is Issue {
  return !!issue && paragraph.claims.some((c) => review.concerns(c, issue.id));
}

const isNews = (section: Section) => section.id === 'recent-news';

/** Whether a part says something about an issue: a claim of it, or in the news part a news item. */
export function mentions(review: Review, section: Section, issue: Issue | undefined): boolean {
  const about = (item: { issues?: readonly string[] }) => review.concerns(item, issue?.id);
  return section.paragraphs.some((p) => p.claims.some(about)) || (isNews(section) && review.news.some(about));
}

/** A paragraph's claims, each cited, then the corrections of them; `issue` if the paragraph is related to it. */
function renderParagraph(view: View, paragraph: Paragraph, corrections: readonly Correction[], issue: Issue | undefined): TemplateResult {
  const { cite, live } = view;
  const related = !!issue;
  const teaser = paragraph.claims.some((c) => c.key);
  // The space between claims is a string, not template whitespace: minified templates lose the latter.
  // A selection changes whether a paragraph is related (its class and tag), never its claims or corrections:
  // those stay as drawn (about half of the summary's work on a reader's choice of issue).
  return html`<p class=${classMap({ related, teaser })} id=${live ? paragraph.id : nothing}>
      ${related ? relatedTag(view, issue) : nothing}
      ${unchanged(view, [paragraph], citedBy(paragraph.claims), () => paragraph.claims.map((claim, i) => html`${i ? ' ' : ''}<span class=${claim.key ? 'key' : 'more'}><span class="text">${claim.text}</span>${cite.cite(claim.sources, !i)}</span>`))}
    </p>
    ${unchanged(view, [paragraph], citedBy(corrections), () => corrections.map((note) => renderCorrection(view, note)))}`;
}

function relatedTag(view: View, issue: Issue): TemplateResult {
  return html`<span class="tag">${view.labels.relatedTo(issue.title)}</span>`;
}

function renderCorrection(view: View, note: Correction): TemplateResult {
  const { labels, live } = view;
  return html`<div class="correction" role="note" part=${live ? 'correction' : nothing} aria-labelledby=${live ? `note-${note.id}` : nothing}>
    <p><strong id=${live ? `note-${note.id}` : nothing}>${labels.correction} (${labels.verdict[note.verdict]}).</strong>
      ${labels.originalSaid(view.review.meta.original.title)} <q>${note.original}</q></p>
    <p>${note.text}${view.cite.cite(note.sources)}</p>
  </div>`;
}

function renderNews(view: View, issue: Issue | undefined): TemplateResult {
  const { review, lang } = view;
  return html`<ul class="news">
    ${review.news.map((item) => {
      const related = !!issue && review.concerns(item, issue.id);
      return unchanged(view, [item, related ? issue : undefined], item.sources, () => html`<li class=${classMap({ related })}>
        ${related ? relatedTag(view, issue) : nothing}
        ${renderDate(item.date, lang, item.precision)}${view.labels.colon}<strong>${item.headline}</strong>.<span class="more">${' '}${item.text}</span>${view.cite.cite(item.sources)}
      </li>`);
    })}
  </ul>`;
}

/** What this review corrects, for the footer. */
export function revisesNote(review: Review, labels: Labels): string {
  const { original } = review.meta;
  return labels.revises(original.title, original.publisher);
}

export interface LightCopyOptions {
  level: number;
  issue?: string;
}

/**
 * The light-DOM copy: the whole review as plain headings and paragraphs, for
 * readers without JavaScript, reader modes and crawlers. No ids or controls
 * (several widgets may share the page); each part's text is the live panel's,
 * and every part is open (no style closes anything in the light DOM).
 */
export function summaryLightCopy(review: Review, { level, issue }: LightCopyOptions): TemplateResult {
  const labels = labelsFor(review.meta.lang);
  const view: View = { review, labels, lang: review.meta.lang, live: false, cite: new Citations(review, labels, false), level };
  const selected = review.issue(issue);
  return html`<div lang=${review.meta.lang} dir=${review.meta.dir ?? 'ltr'}>
    ${heading(level, review.meta.title, view)}
    <p>${labels.summary.dek}</p>
    ${review.sections.map((section) => html`${heading(level + 1, section.title, view)}
      <div data-panel=${section.id}>${renderPart(view, section, selected)}</div>`)}
    ${renderFooter(view, revisesNote(review, labels))}
  </div>`;
}
