import { en, type Labels } from './en.js';
import { shippedLanguage, type Language } from './languages.js';

export type { Labels };
export * from './languages.js';

/** Interface words per shipped language; a missing language is a type error here. */
const TABLES: Record<Language, Labels> = { en };

/** The interface words for a language tag; languages we do not ship get English. */
export function labelsFor(lang: string | undefined): Labels {
  return TABLES[shippedLanguage(lang)];
}
