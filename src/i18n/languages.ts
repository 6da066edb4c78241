/**
 * The one list of languages we ship: each has interface words (a file beside
 * this one) and bundled content (src/content/<lang>.json). Adding a language
 * is a line here plus those two files.
 */
export const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * The primary subtag of a BCP 47 tag, lower-cased ("fr" for "fr-CA"): what
 * page-level stores are keyed by, since content ships per language, not per
 * region. Junk falls back to the default language.
 */
export function primaryLanguage(tag: string | null | undefined): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag || DEFAULT_LANGUAGE);
    return canonical.split('-')[0].toLowerCase();
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

const shipped = new Map<string | null | undefined, Language>();

/** The shipped language that serves a request: the same primary language, else the default. */
export function shippedLanguage(tag: string | null | undefined): Language {
  // Remembered: widgets ask for their words many times per render, and canonicalising a tag is not cheap.
  let language = shipped.get(tag);
  if (language === undefined) {
    const primary = primaryLanguage(tag);
    shipped.set(tag, (language = LANGUAGES.find((lang) => lang === primary) ?? DEFAULT_LANGUAGE));
  }
  return language;
}
