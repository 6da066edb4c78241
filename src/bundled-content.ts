import { shippedLanguage, type Language } from './i18n/languages.js';
import type { Part } from './content/parts.js';

/*
 * Where the bundled content and interface words of each shipped language
 * live. This module sits at the root of src/ on purpose: every build puts it
 * (or the bundle that inlines it) at the root of dist/, beside dist/content/
 * and dist/i18n/, so these relative URLs hold for the npm build, the
 * script-tag bundles and the test server alike.
 *
 * Each address is written out whole, `new URL('./literal', import.meta.url)`:
 * the one form bundlers and dev-server pre-bundlers (Vite's, Astro's, webpack's)
 * recognise and rewrite when they move this module. A template string is left
 * alone, and then points beside the moved copy, where nothing is (issue 13).
 * `Record<Language, …>` makes a new language's line compulsory.
 */

/**
 * Vite up to 7 (Astro 5 runs on 6) pre-bundles a dependency in its dev server
 * into node_modules/.vite/deps/ and leaves even these literal URLs pointing
 * there; Vite 8 rewrites them. The files never moved: take them from the
 * package, in the same node_modules. No other address contains that folder.
 */
function inPackage(url: URL): URL {
  url.pathname = url.pathname.replace(/\/\.vite\/deps(?:_[^/]*)?\//, '/icc-widgets/dist/');
  return url;
}
const CONTENT: Record<Language, () => URL> = {
  en: () => new URL('./content/en.json', import.meta.url),
  fr: () => new URL('./content/fr.json', import.meta.url),
  es: () => new URL('./content/es.json', import.meta.url),
  ar: () => new URL('./content/ar.json', import.meta.url),
};

/** Each language's parts (src/content/parts.ts), which widgets download as they need them. */
const PARTS: Record<Language, Record<Part, () => URL>> = {
  en: {
    base: () => new URL('./content/en/base.json', import.meta.url),
    timeline: () => new URL('./content/en/timeline.json', import.meta.url),
    sections: () => new URL('./content/en/sections.json', import.meta.url),
    sources: () => new URL('./content/en/sources.json', import.meta.url),
  },
  fr: {
    base: () => new URL('./content/fr/base.json', import.meta.url),
    timeline: () => new URL('./content/fr/timeline.json', import.meta.url),
    sections: () => new URL('./content/fr/sections.json', import.meta.url),
    sources: () => new URL('./content/fr/sources.json', import.meta.url),
  },
  es: {
    base: () => new URL('./content/es/base.json', import.meta.url),
    timeline: () => new URL('./content/es/timeline.json', import.meta.url),
    sections: () => new URL('./content/es/sections.json', import.meta.url),
    sources: () => new URL('./content/es/sources.json', import.meta.url),
  },
  ar: {
    base: () => new URL('./content/ar/base.json', import.meta.url),
    timeline: () => new URL('./content/ar/timeline.json', import.meta.url),
    sections: () => new URL('./content/ar/sections.json', import.meta.url),
    sources: () => new URL('./content/ar/sources.json', import.meta.url),
  },
};

const WORDS: Record<Language, () => URL> = {
  en: () => new URL('./i18n/en.js', import.meta.url),
  fr: () => new URL('./i18n/fr.js', import.meta.url),
  es: () => new URL('./i18n/es.js', import.meta.url),
  ar: () => new URL('./i18n/ar.js', import.meta.url),
};

/** Where the bundled content for a language tag lives (the shipped language that serves it). */
export function bundledContentUrl(lang: string): URL {
  return inPackage(CONTENT[shippedLanguage(lang)]());
}

/** Where one part of the bundled content for a language tag lives. */
export function bundledPartUrl(lang: string, part: Part): URL {
  return inPackage(PARTS[shippedLanguage(lang)][part]());
}

/** Where a shipped language's interface words live: a standalone module, loaded on demand. */
export function bundledLabelsUrl(lang: string): URL {
  return inPackage(WORDS[shippedLanguage(lang)]());
}
