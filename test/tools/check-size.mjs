// Size budgets for what readers download, checked in `npm test` after the build (gzip, level 9).
// The budgets live in size-budgets.json beside this file, each set to the measured size plus 5%, so a
// regression of more than 5% fails. `node test/tools/check-size.mjs --set` measures and writes them anew:
// do that only for a change you mean, and write it down in CHANGELOG.md.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budgetFile = new URL('./size-budgets.json', import.meta.url);
const { LANGUAGES } = await import('../../dist/i18n/languages.js');
const { PART_NAMES } = await import('../../dist/content/parts.js');
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * What an app's bundler ships up front for one npm entry point: it and everything it imports statically (Lit
 * too), minified. What it imports on demand (the validator) is a chunk of its own, loaded only when needed.
 */
async function bundled(entry) {
  const result = await build({ entryPoints: { entry }, bundle: true, splitting: true, outdir: 'out', minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  return result.outputFiles.find((f) => f.path.endsWith('/entry.js')).contents;
}

const file = (path) => () => readFileSync(path);
const measured = {
  // Lit, three widgets, the provider and hydration support; the content validator (Valibot) in a chunk of its
  // own, loaded only for content that did not come with the package. The classic script holds both.
  'dist/icc-widgets.js': file('dist/icc-widgets.js'),
  'dist/chunks/validate-*.js': () => readFileSync(`dist/chunks/${readdirSync('dist/chunks').find((f) => f.startsWith('validate-'))}`),
  'dist/icc-widgets.classic.js': file('dist/icc-widgets.classic.js'),
  // Each npm entry as an app's bundler ships it: all elements, then each element alone.
  'icc-widgets/define.js (bundled)': () => bundled('dist/define.js'),
  ...Object.fromEntries(readdirSync('dist/elements', { withFileTypes: true }).filter((d) => d.isDirectory())
    .map(({ name }) => [`icc-widgets/${name}.js (bundled)`, () => bundled(`dist/elements/${name}/define.js`)])),
  // Every bundled language whole (for editors, the server and the WordPress editor) and in the parts a page
  // downloads as its widgets need them (src/content/parts.ts). Arabic script takes two bytes a letter in UTF-8.
  ...Object.fromEntries(LANGUAGES.flatMap((lang) => [`dist/content/${lang}.json`, ...PART_NAMES.map((part) => `dist/content/${lang}/${part}.json`)])
    .map((path) => [path, file(path)])),
  // Every other language's interface words, loaded on demand (English is in the bundles).
  ...Object.fromEntries(LANGUAGES.filter((lang) => lang !== 'en').map((lang) => [`dist/i18n/${lang}.js`, file(`dist/i18n/${lang}.js`)])),
  'dist/embed.js': file('dist/embed.js'),
  'dist/icc-widgets.css': file('dist/icc-widgets.css'),
  'dist/icc-embed-resize.js': file('dist/icc-embed-resize.js'),
};

const sizes = {};
for (const [name, read] of Object.entries(measured)) {
  try {
    sizes[name] = gzip(await read());
  } catch (error) {
    console.error(`size: ${name} could not be measured (run npm run build): ${error.message}`);
    process.exit(1);
  }
}

if (process.argv.includes('--set')) {
  const budgets = Object.fromEntries(Object.entries(sizes).map(([name, bytes]) => [name, Math.ceil(bytes * 1.05)]));
  writeFileSync(budgetFile, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`size: budgets written to test/tools/size-budgets.json (measured + 5%)`);
  process.exit(0);
}

const budgets = JSON.parse(readFileSync(budgetFile, 'utf8'));
let over = false;
for (const [name, bytes] of Object.entries(sizes)) {
  const budget = budgets[name];
  const ok = budget !== undefined && bytes <= budget;
  over ||= !ok;
  console.log(`size: ${name} ${bytes} B gzip (budget ${budget ?? 'none: add one with --set'} B) ${ok ? 'ok' : 'OVER BUDGET'}`);
}
for (const name of Object.keys(budgets).filter((n) => !(n in sizes))) console.log(`size: ${name} has a budget but is no longer built`);
process.exit(over ? 1 : 0);
