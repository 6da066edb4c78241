import { shippedLanguage } from './i18n/languages.js';

/**
 * Where the bundled content for a language tag lives (the shipped language
 * that serves it). This module sits at the root of src/ on purpose: every
 * build puts it (or the bundle that inlines it) at the root of dist/, beside
 * dist/content/ and dist/i18n/, so these relative URLs hold for the npm
 * build, the script-tag bundles and the test server alike.
 */
export function bundledContentUrl(lang: string): URL {
  return new URL(`./content/${shippedLanguage(lang)}.json`, import.meta.url);
}

/** Where a shipped language's interface words live: a standalone module, loaded on demand. */
export function bundledLabelsUrl(lang: string): URL {
  return new URL(`./i18n/${shippedLanguage(lang)}.js`, import.meta.url);
}
