// The plugin (dist/icc-widgets-wordpress.zip) in a real WordPress: WordPress Playground runs WordPress 6.5 on
// PHP.wasm, offline, from the files @wp-playground/wordpress-builds ships. Posts are written through the REST
// API with an application password, as a remote client would, and read in Chromium as readers and editors see
// them. Needs `npm run build && node test/tools/build-wordpress.mjs` first; builds nothing itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
/* global document, customElements -- in functions that run in the page */

const here = resolve(import.meta.dirname, '..');
const pluginZip = resolve(here, '../../dist/icc-widgets-wordpress.zip');
if (!existsSync(pluginZip)) {
  console.error('test/wordpress: no dist/icc-widgets-wordpress.zip; run `npm run build && node test/tools/build-wordpress.mjs` first.');
  process.exit(1);
}
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));

let scratch, playground, browser, base, authorization, review;
const posts = {};

const unzipTo = (zip, into) => {
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(into, name)), { recursive: true });
    writeFileSync(join(into, name), data);
  }
};
const freePort = () => new Promise((done) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => done(port));
  });
});

/** Starts Playground on a fresh copy of WordPress with the plugin unzipped into it, activated. */
async function startWordPress() {
  scratch = mkdtempSync(join(tmpdir(), 'icc-wordpress-'));
  const wordpress = join(scratch, 'wordpress');
  // Playground's build of WordPress: the PHP in a zip, the static files (editor scripts, styles) beside it.
  const builds = join(here, 'node_modules/@wp-playground/wordpress-builds');
  unzipTo(join(builds, 'src/wordpress/wp-6.5.zip'), wordpress);
  cpSync(join(builds, 'public/wp-6.5'), wordpress, { recursive: true });
  unzipTo(pluginZip, join(wordpress, 'wp-content/plugins'));
  const content = join(wordpress, 'wp-content/plugins/icc-widgets/assets/content');
  review = (lang) => JSON.parse(readFileSync(join(content, `${lang}.json`), 'utf8'));

  // Activates the plugin and makes an application password for the REST API, left where the test reads it.
  // PHP 8.3, the newest WordPress 6.5 supports (Playground's --php is ignored beside a blueprint). WordPress
  // gets no network: nothing it fetches can hang on a machine without internet access.
  const blueprint = join(scratch, 'blueprint.json');
  writeFileSync(blueprint, JSON.stringify({
    preferredVersions: { php: '8.3', wp: '6.5' },
    features: { networking: false },
    steps: [
      { step: 'activatePlugin', pluginPath: 'icc-widgets/icc-widgets.php' },
      { step: 'runPHP', code: `<?php require '/wordpress/wp-load.php';
        [ $password ] = WP_Application_Passwords::create_new_application_password( 1, array( 'name' => 'test' ) );
        file_put_contents( '/wordpress/wp-content/test-password', $password );` },
    ],
  }));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  playground = spawn(process.execPath, [
    join(here, 'node_modules/@wp-playground/cli/wp-playground.js'), 'server', `--port=${port}`,
    `--mount-before-install=${wordpress}:/wordpress`, '--wordpress-install-mode=install-from-existing-files',
    `--blueprint=${blueprint}`,
    '--define', 'WP_ENVIRONMENT_TYPE', 'local', // Application passwords need HTTPS or a local site.
    // A page view would start WordPress's scheduled tasks, which keep a PHP worker busy for about a minute.
    '--define-bool', 'DISABLE_WP_CRON', 'true',
    // Two PHP workers (one on a 2-core machine by default): when WordPress asks its own site for a page (the
    // oEmbed look-up of an address pasted in the editor), a single worker waits for itself until that times out.
    '--workers=2',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`Playground did not start in 150 s:\n${output}`)), 150_000);
    const read = (chunk) => {
      output += chunk;
      if (output.includes('Ready!')) {
        clearTimeout(timer);
        ready();
      }
    };
    playground.stdout.on('data', read);
    playground.stderr.on('data', read);
    playground.on('exit', (code) => fail(new Error(`Playground exited (${code}):\n${output}`)));
  });
  // Playground answers its first request with a redirect to the same address (it resets its auto-login),
  // which would turn a first POST into a GET.
  await fetch(base, { signal: AbortSignal.timeout(60_000) });
  const password = readFileSync(join(wordpress, 'wp-content/test-password'), 'utf8');
  authorization = `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`;
}

/** A REST API call as the site's administrator; fails the test on an error status. */
async function rest(route, body) {
  const response = await fetch(`${base}/?rest_route=${route}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const json = await response.json();
  assert.ok(response.ok, `${route}: ${response.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

/**
 * Opens a post as an anonymous reader and runs `check` with the page, every address it asked for, and what
 * failed; closes the page whatever happens.
 */
async function onPage(post, check, { javaScript = true } = {}) {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(javaScript);
    const requests = [];
    const failures = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', (response) => response.status() >= 400 && failures.push(`${response.status()} ${response.url()}`));
    page.on('pageerror', (error) => failures.push(`error ${error.message}`));
    await page.goto(post.link, { waitUntil: 'load', timeout: 60_000 });
    await check({ page, requests, failures: () => failures.filter((f) => f.includes('icc-widgets') || f.startsWith('error')) });
  } finally {
    await page.close();
  }
}

/** Waits until the widget `selector` in `frame` shows `text` (drawn in its shadow root), and returns that text. */
async function shows(frame, selector, text, timeout = 30_000) {
  const drawn = () => frame.$eval(selector, (e) => e.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '').catch(() => '');
  try {
    await frame.waitForFunction((s, t) => document.querySelector(s)?.shadowRoot?.textContent.includes(t), { timeout }, selector, text);
  } catch {
    assert.fail(`${selector} does not show "${text}"; it shows: ${(await drawn()).slice(0, 300) || 'nothing'}`);
  }
  return drawn();
}

before(async () => {
  try {
    assert.ok(chromium, 'No Chromium: apt-get install --no-install-recommends chromium, or set CHROME_PATH.');
    await startWordPress();
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
    // Only the id and address back: the post is first drawn when a reader opens it.
    const publish = (title, content) => rest('/wp/v2/posts&_fields=id,link', { title, content, status: 'publish' });
    posts.block = await publish('Block', '<!-- wp:icc-widgets/summary {"lang":"fr"} /-->');
    posts.shortcode = await publish('Shortcode', '[icc_widget name="stance-compare" issue="sanctions"]');
    posts.embed = await publish('Embed', `<p>Above.</p>\n\n${base}/wp-content/plugins/icc-widgets/assets/embed.html?widget=us-icc-position&period=obama\n\n<p>Below.</p>`);
    posts.plain = await publish('Plain', '<p>Nothing to explain here.</p>');
  } catch (error) {
    console.error(`test/wordpress: setup failed: ${error.stack}`); // Node 20's runner only says "failed running before hook".
    throw error;
  }
});

after(async () => {
  await browser?.close();
  if (playground?.exitCode === null) {
    // One process (its PHP workers are threads). It waits for requests under way: not for a stuck one.
    const exited = new Promise((done) => playground.once('exit', done));
    playground.kill();
    const stuck = setTimeout(() => playground.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(stuck);
  }
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('the editor registers the three blocks, with their settings and editor script', async () => {
  for (const name of ['summary', 'us-position', 'stance-compare']) {
    const type = await rest(`/wp/v2/block-types/icc-widgets/${name}`);
    assert.equal(type.name, `icc-widgets/${name}`);
    assert.deepEqual(type.attributes.lang.enum, ['', 'en', 'fr', 'es', 'ar']);
    assert.deepEqual(type.attributes.headingLevel.enum, [2, 3, 4, 5, 6]);
    assert.ok(type.attributes.issue);
    assert.equal('period' in type.attributes, name === 'us-position');
    assert.deepEqual(type.editor_script_handles, ['icc-widgets-editor']);
  }
});

test('a block with lang=fr shows the French review, loading the script and the parts of the French content it draws', () =>
  onPage(posts.block, async ({ page, requests, failures }) => {
    const fr = review('fr');
    const text = await shows(page, 'icc-summary', fr.meta.title);
    assert.ok(text.includes(fr.sections[0].title));
    assert.ok(requests.some((url) => url.includes('/plugins/icc-widgets/assets/icc-widgets.classic.js')));
    const content = requests.filter((url) => url.includes('/plugins/icc-widgets/assets/content/')).map((url) => url.replace(/^.*\/content\//, '')).sort();
    assert.deepEqual(content, ['fr/base.json', 'fr/sections.json']);
    assert.deepEqual(failures(), []);
  }));

test('the shortcode shows the comparison with the sanctions issue selected', () =>
  onPage(posts.shortcode, async ({ page, failures }) => {
    const sanctions = review('en').issues.find((issue) => issue.id === 'sanctions').title;
    await shows(page, 'icc-stance-compare', sanctions);
    const selected = await page.$eval('icc-stance-compare', (element) =>
      element.shadowRoot.querySelector('[role="tab"][aria-selected="true"]')?.textContent);
    assert.ok(selected?.includes(sanctions), `the selected tab: ${selected}`);
    assert.deepEqual(failures(), []);
  }));

test('the embed page\'s address alone on a line becomes its iframe, which shows the widget and fits its height', () =>
  onPage(posts.embed, async ({ page, failures }) => {
    const iframe = await page.$('iframe[data-icc-embed="us-icc-position"]');
    assert.ok(iframe, 'the iframe is in the post');
    assert.match(await iframe.evaluate((frame) => frame.src), /\/plugins\/icc-widgets\/assets\/embed\.html\?widget=us-icc-position&id=us-icc-position&period=obama$/);
    const obama = review('en').administrations.find((admin) => admin.id === 'obama').president;
    await shows(await iframe.contentFrame(), 'us-icc-position[period="obama"]', obama);
    // The resize script sets the frame to its document's height (it starts at the guessed 1300 px).
    await page.waitForFunction((frame) => {
      const inner = frame.contentDocument.documentElement.getBoundingClientRect().height;
      return Math.abs(frame.getBoundingClientRect().height - inner) < 2 && inner !== 1300;
    }, { timeout: 10_000 }, iframe);
    assert.deepEqual(failures(), []);
  }));

test('a page without a widget loads nothing of the plugin', () =>
  onPage(posts.plain, async ({ page, requests }) => {
    assert.match(await page.$eval('body', (body) => body.textContent), /Nothing to explain here/);
    assert.deepEqual(requests.filter((url) => url.includes('/plugins/icc-widgets/')), []);
  }));

test('without JavaScript, the block still shows the French review\'s text', () =>
  onPage(posts.block, async ({ page, requests }) => {
    const fr = review('fr');
    const shown = await page.$eval('icc-summary', (element) => ({ defined: !!customElements.get('icc-summary'), text: element.innerText }));
    assert.equal(shown.defined, false);
    for (const title of [fr.meta.title, ...fr.sections.map((section) => section.title)]) assert.ok(shown.text.includes(title), title);
    assert.ok(shown.text.length > 20_000, `the whole review (${shown.text.length} characters)`);
    assert.ok(!requests.some((url) => url.includes('/content/fr')));
  }, { javaScript: false }));

test('the editor shows the block as the widget, its sidebar lists the review\'s issues, and the preview follows it', async () => {
  const context = await browser.createBrowserContext(); // Logged in here only: the readers above stay anonymous.
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.setViewport({ width: 1400, height: 1000 });
    const edit = `${base}/wp-admin/post.php?post=${posts.block.id}&action=edit`;
    await page.goto(`${base}/wp-login.php?redirect_to=${encodeURIComponent(edit)}`);
    await page.type('#user_login', 'admin');
    await page.type('#user_pass', 'password'); // Playground's administrator.
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 90_000 }), page.click('#wp-submit')]);
    // WordPress 6.5 draws the post in an iframe when every block is of API version 3, as ours are.
    const canvas = await (await page.waitForSelector('iframe[name="editor-canvas"]', { timeout: 90_000 })).contentFrame();
    await shows(canvas, 'icc-summary', review('fr').meta.title, 90_000);

    await page.keyboard.press('Escape'); // The welcome guide.
    await canvas.click('icc-summary');
    const issue = await page.waitForSelector('.block-editor-block-inspector select:has(option[value="sanctions"])', { timeout: 20_000 });
    const titles = await issue.$$eval('option', (options) => options.map((option) => option.textContent));
    assert.deepEqual(titles, ['None', ...review('fr').issues.map((entry) => entry.title)]);
    await issue.select('sanctions');
    await canvas.waitForFunction(() => document.querySelector('icc-summary').getAttribute('issue') === 'sanctions', { timeout: 10_000 });
    await (await page.$('.block-editor-block-inspector select:has(option[value="es"])')).select('es');
    await shows(canvas, 'icc-summary[lang="es"]', review('es').meta.title);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('pasted in the editor, the embed page\'s address previews as its iframe (WordPress\'s oEmbed proxy)', async () => {
  const url = `${base}/wp-content/plugins/icc-widgets/assets/embed.html?widget=icc-stance-compare&issue=sanctions`;
  const preview = await rest(`/oembed/1.0/proxy&url=${encodeURIComponent(url)}`);
  assert.match(preview.html, /^<iframe src="[^"]+\/embed\.html\?widget=icc-stance-compare&#038;id=icc-stance-compare&#038;issue=sanctions" [^>]*data-icc-embed="icc-stance-compare"/);
  assert.ok(preview.scripts.some((script) => script.endsWith('/icc-embed-resize.js')));
});

test('the oEmbed endpoint answers for the embed page\'s addresses only', async () => {
  const url = `${base}/wp-content/plugins/icc-widgets/assets/embed.html?widget=icc-summary&lang=es&issue=bad%20id`;
  const oembed = await rest(`/icc-widgets/v1/oembed&url=${encodeURIComponent(url)}`);
  assert.equal(oembed.type, 'rich');
  assert.match(oembed.html, /^<iframe src="[^"]+\/embed\.html\?widget=icc-summary&#038;id=icc-summary&#038;lang=es" /);
  const other = await fetch(`${base}/?rest_route=/icc-widgets/v1/oembed&url=${encodeURIComponent(`${base}/elsewhere.html?widget=icc-summary`)}`);
  assert.equal(other.status, 404);
});
