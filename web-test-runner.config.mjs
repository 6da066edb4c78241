// Real browsers only: Debian's Chromium (puppeteer-core over CDP), Firefox ESR
// (puppeteer over WebDriver BiDi) and, where WebKitWebDriver is running,
// WebKitGTK's MiniBrowser. test/tools/test-browsers.mjs finds or installs the
// browsers, starts the WebKit driver and sets BROWSERS; run `npm test`.
import { existsSync, readFileSync } from 'node:fs';
import { splitContent } from './test/tools/content-parts.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox', // needed as root; the page under test is our own
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--js-flags=--expose-gc', // window.gc(), for test/state/churn.test.ts's heap check
        ],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true, // WebKitWebDriver speaks classic WebDriver only
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

// Test pages that ask for it get a strict Content-Security-Policy header with
// Trusted Types enforced, as a careful host would send: ?csp=strict, or
// ?csp=duplicates for pages that load two copies of Lit (each creates the
// 'lit-html' policy, which needs 'allow-duplicates').
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html test-fixture";
const csp = (context, next) => {
  const mode = new URLSearchParams(context.querystring).get('csp');
  if (mode) context.set('Content-Security-Policy', mode === 'duplicates' ? `${STRICT} 'allow-duplicates'` : STRICT);
  return next();
};

// /ssr-page?tag=…&issue=…&script=module|classic[&csp=…][&also=…]: an article page with one
// widget server-rendered by the built Node API (dist/server/), the way a host
// pastes the output of `icc-widgets render`, plus the script tag if asked.
const ssrPage = async (context, next) => {
  if (context.path !== '/ssr-page') return next();
  const { renderWidget, styleHashes } = await import('./dist/server/index.js');
  const query = new URLSearchParams(context.querystring);
  const option = (name) => query.get(name) ?? undefined;
  const widget = renderWidget(query.get('tag'), {
    issue: option('issue'),
    period: option('period'),
    event: option('event'),
    lang: option('lang'),
    variant: option('variant'),
  });
  // ?also=tag: a second widget after the first, server-rendered without a selection of its own (one page-level
  // group: on the client it shares the first one's preselection).
  const also = query.get('also') ? renderWidget(query.get('also'), { lang: option('lang') }) : '';
  // ?csp=hashes: the strict policy, with the style hashes `icc-widgets render --csp` prints.
  if (query.get('csp') === 'hashes') {
    context.set('Content-Security-Policy', STRICT.replace("style-src 'self'", `style-src 'self' ${styleHashes(widget).join(' ')}`));
  }
  const script = {
    module: '<script type="module" src="/dist/icc-widgets.js"></script>',
    classic: '<script src="/dist/icc-widgets.classic.js" defer></script>',
  }[query.get('script')] ?? '';
  context.type = 'html';
  context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered widget</title>${script}</head>
<body><main><h1>An article</h1><p id="before">The host's reporting.</p>${widget}${also}<p id="after">More reporting after the widget.</p>
${'<p>The story goes on, paragraph after paragraph, as articles do below an explainer; these lines are what a reader would see jump.</p>'.repeat(12)}
</main></body></html>`;
};

// /snippet-page?tag=…: an article page with the README's plain script-tag snippet (no server rendering): the
// module bundle and the element with its fallback text, as a CMS editor pastes it.
const snippetPage = (context, next) => {
  if (context.path !== '/snippet-page') return next();
  const tag = new URLSearchParams(context.querystring).get('tag');
  if (!/^[a-z]+(-[a-z]+)+$/.test(tag ?? '')) return next();
  context.type = 'html';
  context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plain snippet</title><link rel="stylesheet" href="/test/fixtures/article-page.css">
<link rel="stylesheet" href="/dist/icc-widgets.css"><script type="module" src="/dist/icc-widgets.js"></script></head>
<body><main><h1>An article</h1><p id="before">The host's reporting.</p>
<${tag} heading-level="2"><p>Text shown until the explainer loads, and to readers without JavaScript.</p></${tag}>
<p id="after">More reporting after the widget.</p>
${'<p>The story goes on, paragraph after paragraph, as articles do below an explainer; these lines are what a reader would see jump.</p>'.repeat(12)}
</main></body></html>`;
};

// The bundled content's parts beside src/content/<lang>.json, where the widgets under test (from src/) ask for
// them: cut from the source file on each request, as the build cuts it.
const contentParts = (context, next) => {
  const match = /^\/src\/content\/([a-z]{2,3})\/([a-z]+)\.json$/.exec(context.path);
  if (!match) return next();
  const [, lang, part] = match;
  const file = `src/content/${lang}.json`;
  const parts = existsSync(file) ? splitContent(JSON.parse(readFileSync(file, 'utf8'))) : {};
  if (!Object.hasOwn(parts, part)) return next();
  context.type = 'json';
  context.body = JSON.stringify(parts[part]);
};

// A reader's network: the snippet page's content arrives after the page has painted (as on any real network), so
// the layout shift it causes is measured, not hidden by a local server answering at once.
const slowContentForSnippets = async (context, next) => {
  if (context.path.startsWith('/dist/content/') && (context.get('referer') ?? '').includes('/snippet-page')) {
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  return next();
};

// For test/demo/builder.test.ts, the embed-code builder's pages:
// - /demo/render-preview?tag=…: its server-rendered preview, beside the demo pages as demo/serve.mjs serves it;
// - /builder-page?html=…[&command=…]: an article page under the strict policy with a snippet of the builder pasted
//   in. With the server-rendered snippet's command (`npx icc-widgets render …`), the built command line
//   (dist/server/cli.js) runs with its arguments, and its output goes where the snippet says (pasteOutput).
const builderPages = async (context, next) => {
  const query = new URLSearchParams(context.querystring);
  if (context.path === '/demo/render-preview') {
    const { renderPreview } = await import('./demo/builder-render.mjs');
    const { html, csp: policy } = renderPreview(query, context.origin, await import('./dist/server/index.js'));
    context.set('Content-Security-Policy', policy);
    context.type = 'html';
    context.body = html;
    return;
  }
  if (context.path !== '/builder-page') return next();
  let html = query.get('html') ?? '';
  let policy = STRICT;
  const command = query.get('command');
  if (command) {
    const words = command.split(' ');
    const end = words.indexOf('>');
    const args = words.slice(2, end < 0 ? undefined : end);
    if (words[0] !== 'npx' || words[1] !== 'icc-widgets' || !args.every((word) => /^[\w.-]+$/.test(word))) {
      context.status = 400;
      context.body = `not an icc-widgets command: ${command}`;
      return;
    }
    const { execFile } = await import('node:child_process');
    const run = await new Promise((resolve) =>
      execFile(process.execPath, ['dist/server/cli.js', ...args], (error, stdout, stderr) => resolve({ error, stdout, stderr })),
    );
    if (run.error) {
      context.status = 500;
      context.body = `${command} failed: ${run.stderr}`;
      return;
    }
    const { pasteOutput } = await import('./demo/builder-snippets.js');
    const { styleHashes } = await import('./dist/server/index.js');
    html = pasteOutput(html, run.stdout, args[1]);
    policy = STRICT.replace("style-src 'self'", `style-src 'self' ${styleHashes(html).join(' ')}`);
  }
  context.set('Content-Security-Policy', policy);
  context.type = 'html';
  context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A snippet of the builder</title></head>
<body><main><h1>An article</h1><p id="before">The host's reporting.</p>
${html}
<p id="after">More reporting after the widget.</p></main></body></html>`;
};

// For test/state/fetch-content.test.ts, answers a content load can meet on a bad day:
// - /test-network/slow: answers only after 5 s (the tests give up sooner);
// - /test-network/huge?bytes=N[&length=0]: N bytes of JSON-looking text, with its Content-Length or, with
//   length=0, streamed in chunks without one, so only the reader's own count can stop it.
const badNetwork = async (context, next) => {
  if (context.path === '/test-network/slow') {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    context.type = 'json';
    context.body = '{}';
    return;
  }
  if (context.path !== '/test-network/huge') return next();
  const query = new URLSearchParams(context.querystring);
  const bytes = Number(query.get('bytes'));
  const chunk = Buffer.alloc(64 * 1024, '[');
  const { Readable } = await import('node:stream');
  context.type = 'json';
  if (query.get('length') !== '0') context.length = bytes;
  context.body = Readable.from((function* () {
    for (let sent = 0; sent < bytes; sent += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, bytes - sent));
  })());
};

// Modules the code loads by address rather than by import (the interface words, src/bundled-content.ts) are asked
// for as .js, as they are in dist/; in src/ they are .ts, which the esbuild plugin then serves as JavaScript.
const typescriptByAddress = (context, next) => {
  const file = context.path.match(/^\/src\/(.+)\.js$/)?.[1];
  if (file && !existsSync(`src/${file}.js`) && existsSync(`src/${file}.ts`)) context.url = context.url.replace(`/src/${file}.js`, `/src/${file}.ts`);
  return next();
};

// executeServerCommand('emulate-forced-colors', { value: 'active' | 'none' }): forced-colors mode (Windows High
// Contrast and the like), which the standard emulateMedia command does not offer. Chromium emulates it; other
// engines throw, and tests then check what they can.
const cdpSessions = new WeakMap();
const forcedColorsCommand = {
  name: 'forced-colors-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') throw new Error('forced colours cannot be emulated here');
    // Through CDP (puppeteer's emulateMediaFeatures does not list forced-colors), on a session kept open per page:
    // emulation ends with the session that set it.
    const page = session.browser.getPage(session.id);
    let cdp = cdpSessions.get(page);
    if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.value }] });
    return true;
  },
};

export default {
  // Not the apps and tools of test/ecosystem/ and test/wordpress/ (their own suites, their own node_modules).
  files: ['test/**/*.test.ts', '!test/ecosystem/**', '!test/wordpress/**'],
  middleware: [typescriptByAddress, contentParts, badNetwork, csp, ssrPage, snippetPage, slowContentForSnippets, builderPages],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), forcedColorsCommand],
  browsers: wanted.map((name) => {
    if (!launchers[name]) throw new Error(`Unknown browser "${name}" in BROWSERS (use chromium, firefox, webkit)`);
    return launchers[name]();
  }),
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
};
