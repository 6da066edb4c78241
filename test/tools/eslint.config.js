// Lint (run as `eslint -c test/tools/eslint.config.js .`, so paths below are from the project root):
// typescript-eslint's recommended rules, Lit's and web components' rules,
// and a ban on building HTML from strings (widgets must run under strict CSP
// with Trusted Types, and must never execute what content hands them).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

const noHtmlFromStrings = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM with Lit templates, never from HTML strings.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build DOM with Lit templates, never from HTML strings.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Build DOM with Lit templates, never from HTML strings.' },
  { selector: "ImportDeclaration[source.value=/unsafe-(html|svg)/]", message: 'unsafeHTML/unsafeSVG break Trusted Types and invite XSS.' },
  { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No code from strings.' },
];

export default tseslint.config(
  // The ecosystem's fixture apps are users' code: their own type-checkers and builds check them.
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.scratch/', 'test/ecosystem/apps/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noHtmlFromStrings] },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' }, // chai's expect(x).to.be.true
  },
  {
    files: ['test/tools/**/*.{js,mjs}', 'test/bench/**/*.mjs', 'test/**/*.test.mjs', 'demo/serve.mjs', 'demo/builder-render.mjs', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Node code that hands functions to the browser (page.evaluate).
    files: ['test/ecosystem/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/fixtures/**/*.js', 'demo/demo.js', 'demo/gallery.js', 'demo/builder.js', 'demo/builder-snippets.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
