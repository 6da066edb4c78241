import { bundledLabelsUrl } from '../bundled-content.js';
import { en, type Labels } from './en.js';
import { shippedLanguage, type Language } from './languages.js';

export type { Labels };
export * from './languages.js';

/**
 * Interface words per language. English is built in; the others load on
 * demand from beside the code (dist/i18n/<lang>.js), so a page downloads
 * only the language it shows. The server registers them all (src/i18n/all.ts).
 */
const loaded = new Map<Language, Labels>([['en', en]]);
const loading = new Map<Language, Promise<Labels>>();

/** The interface words for a language tag, once loaded; until then, and for languages we do not ship, English. */
export function labelsFor(lang: string | undefined): Labels {
  return loaded.get(shippedLanguage(lang)) ?? en;
}

/** Whether a language tag's words are at hand (English always is). */
export function hasLabels(lang: string | undefined): boolean {
  return loaded.has(shippedLanguage(lang));
}

/** Makes a table available without loading it (the server, which has them all). */
export function addLabels(lang: Language, table: Labels): void {
  loaded.set(lang, table);
}

/**
 * Loads a language's words, once per page. Never rejects: when the file
 * cannot be loaded the widgets keep English words, which beats no widget.
 */
export function loadLabels(lang: string | undefined): Promise<Labels> {
  const language = shippedLanguage(lang);
  const table = loaded.get(language);
  if (table) return Promise.resolve(table);
  let pending = loading.get(language);
  if (!pending) {
    pending = import(/* @vite-ignore */ /* webpackIgnore: true */ bundledLabelsUrl(language).href).then(
      (module: Record<string, Labels>) => {
        const words = module[language] ?? module.default;
        addLabels(language, words);
        return words;
      },
      () => en,
    );
    loading.set(language, pending);
  }
  return pending;
}
