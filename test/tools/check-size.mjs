// Size budgets for what readers download, checked in `npm test` after the build.
// Budgets are gzip sizes; raising one is a decision to write down in CHANGELOG.md.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const { LANGUAGES } = await import('../../dist/i18n/languages.js');

const budgets = {
  // Lit, three widgets, the provider, the content validator (Valibot) and hydration support.
  'dist/icc-widgets.js': 31_000,
  'dist/icc-widgets.classic.js': 31_000,
  // Every bundled language (a page downloads one). Arabic script takes two bytes a letter in UTF-8.
  ...Object.fromEntries(readdirSync('src/content').filter((f) => f.endsWith('.json')).map((f) => [`dist/content/${f}`, 46_000])),
  // Every other language's interface words, loaded on demand (English is in the bundles).
  ...Object.fromEntries(LANGUAGES.filter((lang) => lang !== 'en').map((lang) => [`dist/i18n/${lang}.js`, 3_000])),
  'dist/embed.js': 2_000,
  'dist/icc-widgets.css': 1_000,
  'dist/icc-embed-resize.js': 1_000,
};

let over = false;
for (const [file, budget] of Object.entries(budgets)) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    console.error(`size: ${file} is missing (run npm run build)`);
    over = true;
    continue;
  }
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const ok = gzip <= budget;
  over ||= !ok;
  console.log(`size: ${file} ${bytes.length} B raw, ${gzip} B gzip (budget ${budget} B) ${ok ? 'ok' : 'OVER BUDGET'}`);
}
process.exit(over ? 1 : 0);
