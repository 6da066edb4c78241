// Builds from one source tree (see README "Builds"):
//  1. the npm build: ES modules, lit and @lit/context external, one file per module;
//  2. dist/icc-widgets.js: one self-contained, minified ES module for <script type="module">;
//  3. dist/icc-widgets.classic.js: the same as a classic script, for hosts that allow no modules;
//  4. the iframe embed (dist/embed.html + dist/embed.js) and the host's resize script.
// TypeScript is transpiled by esbuild (fast); types and type errors come from tsc.
// No source maps: they were half the package, the npm build is readable as it is, and debugging is done on
// src/ through the test runner and the demo (issue 13).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { splitContent } from './test/tools/content-parts.mjs';

const typescript = () => esbuild({ target: 'es2022', tsconfig: './tsconfig.json' });
// Lit's html`` and css`` templates ship as written, so minify their whitespace in every
// build: also the npm one, because server-rendered HTML hydrates only where the
// client's template strings are the very ones the server used.
// conservativeCollapse: runs of whitespace become one space, never none, so "Updated ${date}" or a space
// after a citation mark survives (whitespace between expressions is text readers see).
const minifyTemplates = () => minifyHTML({ options: { minifyOptions: { conservativeCollapse: true } } });
// Exported for the bench, whose floor (a bare LitElement) is built the same way (test/bench/run.mjs).
export const minify = (module) => [minifyTemplates(), terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } })];

/**
 * Copies the bundled content beside the code that fetches it: each language whole (dist/content/en.json) and
 * in the parts widgets download (dist/content/en/base.json, …); and the iframe embed page and its styles beside
 * the bundle it loads (dist/embed.html, .css).
 */
const copyAssets = () => ({
  name: 'copy-assets',
  generateBundle() {
    for (const file of readdirSync('src/content').filter((f) => f.endsWith('.json'))) {
      // Re-serialise: minified, and a malformed file fails the build here, not in a reader's browser.
      const content = JSON.parse(readFileSync(`src/content/${file}`, 'utf8'));
      this.emitFile({ type: 'asset', fileName: `content/${file}`, source: JSON.stringify(content) });
      for (const [part, fields] of Object.entries(splitContent(content))) {
        this.emitFile({ type: 'asset', fileName: `content/${file.replace(/\.json$/, '')}/${part}.json`, source: JSON.stringify(fields) });
      }
    }
    for (const file of ['embed.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`src/embed/${file}`, 'utf8') });
    }
    // The optional stylesheet that reserves the widgets' room on pages with the plain snippet.
    this.emitFile({ type: 'asset', fileName: 'icc-widgets.css', source: readFileSync('src/icc-widgets.css', 'utf8') });
  },
});

/** Minifies the interface words of each language in the npm build: browsers load those very files on demand. */
const minifyLanguageTables = () => {
  const plugin = terser({ ecma: 2022, module: true, format: { comments: false } });
  const table = /^i18n\/(?!en\.|all\.|index\.|languages\.)[a-z]{2,3}\.js$/;
  return { name: 'minify-language-tables', renderChunk(code, chunk, options, meta) {
    return table.test(chunk.fileName) ? plugin.renderChunk.call(this, code, chunk, options, meta) : null;
  } };
};

/**
 * Readers' bundles drop the schema's descriptions: they are for editors (dist/content.schema.json and the npm
 * build keep them), and the validator never shows them. About 1 kB gzip.
 */
const stripSchemaDescriptions = () => ({
  name: 'strip-schema-descriptions',
  transform(code, id) {
    if (!id.endsWith('/src/content/schema.ts')) return null;
    // v.description('…') and the helpers whose one argument is a description: text('…'), date('…'), ids('…').
    return { code: code.replace(/\b(v\.description|text|date|ids)\((['"])(?:\\.|(?!\2)[^\\])*\2\)/g, "$1('')"), map: null };
  },
});

const elements = readdirSync('src/elements', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
// The embed page's script imports the script-tag bundle rather than a copy of it.
const bundleEntry = resolve('src/define-with-hydration.ts');

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      ...Object.fromEntries(elements.map((tag) => [`elements/${tag}/define`, `src/elements/${tag}/define.ts`])),
      // Node only: server rendering, oEmbed and the `icc-widgets` command.
      'server/index': 'src/server/index.ts',
      'server/cli': 'src/server/cli.ts',
    },
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      banner: (chunk) => (chunk.name === 'server/cli' ? '#!/usr/bin/env node' : ''),
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^valibot$/, /^node:/],
    plugins: [typescript(), minifyTemplates(), copyAssets(), minifyLanguageTables()],
  },
  {
    input: { 'icc-widgets': 'src/define-with-hydration.ts' },
    // The validator is a chunk of its own, loaded only for content from elsewhere than the package.
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [stripSchemaDescriptions(), nodeResolve(), typescript(), ...minify(true)],
  },
  {
    input: 'src/define-with-hydration.ts',
    // A classic script is one file: the validator stays inside.
    output: { file: 'dist/icc-widgets.classic.js', format: 'iife', name: 'IccWidgets', inlineDynamicImports: true },
    plugins: [stripSchemaDescriptions(), nodeResolve(), typescript(), ...minify(false)],
  },
  // The iframe embed: dist/embed.html loads this small module, which imports dist/icc-widgets.js.
  {
    input: 'src/embed/embed.ts',
    output: { file: 'dist/embed.js', format: 'es', paths: { [bundleEntry]: './icc-widgets.js' } },
    external: [bundleEntry],
    plugins: [typescript(), ...minify(true)],
  },
  // For host pages that embed the iframe: resizes it to the widget's height.
  {
    input: 'src/embed/resize.ts',
    output: { file: 'dist/icc-embed-resize.js', format: 'iife' },
    plugins: [typescript(), ...minify(false)],
  },
];
