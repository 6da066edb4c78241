import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/icc-summary/define.js';
import '../../src/elements/us-icc-position/define.js';
import '../../src/elements/icc-stance-compare/define.js';
import { en } from '../../src/i18n/en.js';
import { labelsFor, LANGUAGES } from '../../src/i18n/index.js';
import type { Content } from '../../src/content/schema.js';

/**
 * Each shipped language as a reader of it gets it: a widget with `lang` (its
 * own or an ancestor's) loads that language's content and words, shows no
 * English interface words, writes dates the language's way, and Arabic reads
 * right to left, its chart's time running from the right.
 */

const TAGS = ['icc-summary', 'us-icc-position', 'icc-stance-compare'] as const;
const shadow = (el: Element) => el.shadowRoot!;
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The interface words that differ from English in this language: none of these English ones may show. */
function englishOnlyWords(lang: string): string[] {
  const words: string[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === 'string' && a !== b && a.length > 3) words.push(a);
    else if (a && typeof a === 'object') for (const key of Object.keys(a)) walk((a as never)[key], (b as never)?.[key]);
  };
  walk(en, labelsFor(lang));
  return words;
}

/** The text a reader sees in a widget, without styles and without the sources' titles. */
function visibleText(el: Element): string {
  const copy = shadow(el).querySelector('.base')!.cloneNode(true) as Element;
  // Sources keep their original titles, in English or any language: not interface words.
  for (const part of copy.querySelectorAll('style, .sources ol')) part.remove();
  return clean(copy.textContent);
}

let groups = 0;

for (const lang of LANGUAGES) {
  describe(`in ${lang}`, function () {
    this.timeout(20000);
    let content: Content;
    before(async () => {
      content = await (await fetch(`/src/content/${lang}.json`)).json();
    });

    for (const tag of TAGS) {
      it(`<${tag}> shows the ${lang} review with ${lang} words and dates`, async () => {
        const group = `languages-${++groups}`;
        // The language comes from an ancestor, as in a CMS block of a page in that language.
        const wrapper = await fixture(html`<div lang=${lang}>${document.createRange().createContextualFragment(`<${tag} group="${group}"></${tag}>`)}</div>`);
        const el = wrapper.querySelector(tag)!;
        await waitUntil(() => shadow(el).querySelector('.base'), `<${tag} lang=${lang}> did not render`, { timeout: 15000 });
        const base = shadow(el).querySelector<HTMLElement>('.base')!;
        expect(base.lang).to.equal(lang);
        expect(base.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(getComputedStyle(base).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');

        // Quotations of the original English review stay in English too.
        let text = visibleText(el);
        for (const quoted of [content.meta.original.title, ...content.corrections.map((c) => c.original)]) text = text.replaceAll(clean(quoted), '');
        const words = labelsFor(lang);
        expect(text, 'the footer in this language').to.include(words.updated);
        // The as-of date as this language writes it, in the footer line.
        const asOf = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${content.meta.asOf}T00:00:00Z`));
        expect(clean(shadow(el).querySelector('.sources summary')?.textContent)).to.include(asOf);
        if (lang !== 'en') {
          // (An English name the content itself quotes, such as a US regulation's, is not a leak.)
          const prose = JSON.stringify(content);
          const leaked = englishOnlyWords(lang).filter((word) => text.includes(word) && !prose.includes(word));
          expect(leaked, 'English interface words').to.deep.equal([]);
          // And the content is this language's: its first section's or issue's title shows.
          expect(text).to.satisfy((t: string) => [content.sections[0].title, content.issues[0].title, content.administrations.at(-1)!.president].some((w) => t.includes(w)));
        }
      });
    }
  });
}

describe('axe in every language and theme, with an issue and a period selected', function () {
  this.timeout(60000); // axe over a whole widget is slow on a busy machine
  for (const lang of LANGUAGES) {
    for (const theme of ['light', 'dark']) {
      for (const tag of TAGS) {
        it(`<${tag} lang=${lang} theme=${theme}>`, async () => {
          const group = `languages-${++groups}`;
          const wrapper = await fixture(html`<div lang=${lang} style="inline-size: 700px">${document.createRange().createContextualFragment(
            `<${tag} group="${group}" theme="${theme}" issue="sanctions" period="obama"></${tag}>`,
          )}</div>`);
          const el = wrapper.querySelector(tag)!;
          await waitUntil(() => shadow(el).querySelector('.base'), `<${tag}> did not render`, { timeout: 15000 });
          await expect(el).to.be.accessible();
        });
      }
    }
  }
});

describe('right to left', () => {
  it('mirrors the timeline chart for Arabic: time runs from the right', async () => {
    const group = `languages-${++groups}`;
    const el = await fixture(html`<us-icc-position lang="ar" group=${group} style="display:block;inline-size:800px"></us-icc-position>`);
    await waitUntil(() => shadow(el).querySelector('svg .band'), 'no chart', { timeout: 15000 });
    const bands = [...shadow(el).querySelectorAll<SVGRectElement>('svg .band')];
    const x = (band: SVGRectElement) => band.getBoundingClientRect().left;
    // Bands are drawn in order of time: the first administration's stands to the right of the last's.
    expect(x(bands[0])).to.be.greaterThan(x(bands.at(-1)!));
    const ticks = [...shadow(el).querySelectorAll<SVGTextElement>('svg .tick')];
    const axis = shadow(el).querySelector<SVGLineElement>('svg line.axis')!.getBoundingClientRect();
    // The scale's labels stand on the right of the plot, inside the drawing.
    for (const tick of ticks) expect(tick.getBoundingClientRect().left).to.be.at.least(axis.right - 1);
  });

  it('keeps a negative score reading "-2", not "2-", inside Arabic text', async () => {
    const group = `languages-${++groups}`;
    const el = await fixture(html`<us-icc-position lang="ar" group=${group}></us-icc-position>`);
    await waitUntil(() => shadow(el).querySelector('.stance strong'), 'no stance', { timeout: 15000 });
    const text = [...shadow(el).querySelector('.stance strong')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /-\p{Nd}/u.test(n.textContent!)) as Text;
    expect(text, 'the current administration has a negative score').to.exist;
    const x = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    const minus = text.data.lastIndexOf('-');
    expect(x(minus), 'the minus stands left of its digit').to.be.lessThan(x(minus + 1));
  });
});
