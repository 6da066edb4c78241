/**
 * Where the bundled content of a language lives. This module sits at the root
 * of src/ on purpose: every build puts it (or the bundle that inlines it) at the
 * root of dist/, beside dist/content/, so this one relative URL holds for the
 * npm build, the script-tag bundles and the test server alike.
 */
export function bundledContentUrl(lang: string): URL {
  const base = lang.toLowerCase().split('-')[0];
  const available = ['en'];
  return new URL(`./content/${available.includes(base) ? base : 'en'}.json`, import.meta.url);
}
