/**
 * Parity of a translation with the English review, for `npm run check:content`.
 * A translation is a whole content document in another language: the same
 * ids, dates, numbers, sources and corrections, only the prose translated.
 *
 * - Prose fields (TRANSLATED below) must be strings with the same digits as
 *   the English, so "67 states" cannot become "76 États".
 * - Every other value (ids, dates, precisions, relations, sources with their
 *   original titles, scores) must equal the English one.
 * - A quotation keeps its original words, with the translation beside them:
 *   every passage quoted in the English prose appears unchanged, and a
 *   quotation of the original review starts with its English words.
 * - Where the English uses a glossary term, the translation uses that term's
 *   form in its language (src/i18n/glossary.json), so legal and
 *   institutional names read as the Court and the UN write them.
 */
import type { Content, ContentProblem } from './schema.js';

/** JSON paths (array indexes as `[]`) whose values are prose in the content's language. */
const TRANSLATED = new Set([
  '$.meta.title',
  '$.meta.stanceScale.description',
  '$.meta.stanceScale.labels[].label',
  '$.sections[].title',
  '$.sections[].paragraphs[].claims[].text',
  '$.corrections[].text',
  '$.timeline[].title',
  '$.timeline[].text',
  '$.administrations[].president',
  '$.administrations[].summary',
  '$.administrations[].rationale.text',
  '$.administrations[].reasons[].text',
  ...['us', 'icc', 'meeting'].flatMap((side) => [`$.issues[].${side}.text`, `$.issues[].${side}.basis`]),
  '$.issues[].title',
  '$.news[].headline',
  '$.news[].text',
]);
/** The original review's words: quoted in English, then translated. */
const QUOTED = '$.corrections[].original';
/** Set per language: the tag and the direction. */
const PER_LANGUAGE = new Set(['$.meta.lang', '$.meta.dir']);

export interface GlossaryTerm {
  id: string;
  /** Forms of the term per language tag; `en` forms are looked for, the others' forms required. */
  forms: Record<string, string[]>;
  /** Where the official forms come from. */
  source: string;
}

/** A passage in quotation marks, straight or curly. */
const QUOTATION = /[“"]([^”"]+)[”"]/g;
const digits = (text: string) => (text.match(/\d+/g) ?? []).sort().join(' ');
const lower = (text: string, lang: string) => text.toLocaleLowerCase(lang);

/** Problems of `translated` against `english`, each with its JSON path; none when they are in parity. */
export function compareTranslation(english: Content, translated: Content, glossary: GlossaryTerm[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lang = translated.meta.lang;
  const say = (path: string, message: string) => problems.push({ path, message });

  const checkProse = (path: string, en: string, text: string) => {
    if (digits(en) !== digits(text)) say(path, `has the numbers ${digits(text) || 'none'} where the English has ${digits(en) || 'none'}`);
    for (const [, quoted] of en.matchAll(QUOTATION)) {
      if (!text.includes(quoted)) say(path, `must keep the quotation "${quoted}" in its original words (a translation goes beside it)`);
    }
    // Quoted words stay in English, so only the English outside quotations asks for the glossary's terms.
    const own = lower(en.replace(QUOTATION, ' '), 'en');
    for (const term of glossary) {
      const wanted = term.forms[lang];
      if (!wanted?.length || !term.forms.en.some((form) => own.includes(lower(form, 'en')))) continue;
      if (!wanted.some((form) => lower(text, lang).includes(lower(form, lang)))) {
        say(path, `uses the English "${term.forms.en[0]}" but none of the glossary's ${lang} forms: ${wanted.map((f) => `"${f}"`).join(', ')}`);
      }
    }
  };

  const walk = (en: unknown, other: unknown, path: string, pattern: string): void => {
    if (Array.isArray(en)) {
      if (!Array.isArray(other) || other.length !== en.length) {
        say(path, `must be a list of ${en.length} as in the English`);
        return;
      }
      en.forEach((item, i) => walk(item, other[i], `${path}[${i}]`, `${pattern}[]`));
      return;
    }
    if (en !== null && typeof en === 'object') {
      if (other === null || typeof other !== 'object' || Array.isArray(other)) {
        say(path, 'must be an object as in the English');
        return;
      }
      const keys = new Set([...Object.keys(en), ...Object.keys(other)]);
      for (const key of keys) {
        if (PER_LANGUAGE.has(`${pattern}.${key}`)) continue;
        if (!Object.hasOwn(en, key)) say(`${path}.${key}`, 'is not in the English');
        else if (!Object.hasOwn(other, key)) say(`${path}.${key}`, 'is missing (the English has it)');
        else walk((en as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], `${path}.${key}`, `${pattern}.${key}`);
      }
      return;
    }
    if (TRANSLATED.has(pattern) && typeof en === 'string') {
      if (typeof other !== 'string') say(path, 'must be text');
      else checkProse(path, en, other);
    } else if (pattern === QUOTED && typeof en === 'string') {
      if (typeof other !== 'string' || !other.startsWith(en) || other.trim() === en.trim()) {
        say(path, 'must quote the original review in English, then give its translation');
      }
    } else if (en !== other) {
      say(path, `must be ${JSON.stringify(en)} as in the English (only prose is translated)`);
    }
  };

  walk(english, translated, '$', '$');
  if (translated.meta.lang === english.meta.lang) say('$.meta.lang', 'is the English tag');
  const rtl = ['ar', 'he', 'fa', 'ur'].includes(lang.split('-')[0]);
  if ((translated.meta.dir ?? 'ltr') !== (rtl ? 'rtl' : 'ltr')) say('$.meta.dir', `must be "${rtl ? 'rtl' : 'ltr'}" for ${lang}`);
  return problems;
}
