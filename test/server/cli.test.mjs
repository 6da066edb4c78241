// Node's own test runner (`node --test test/server/`): the command and the Node
// API run in Node, not in a browser. Needs the build (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderWidget } from '../../dist/server/index.js';

const cli = (...args) => spawnSync(process.execPath, ['dist/server/cli.js', ...args], { encoding: 'utf8' });

test('render prints declarative shadow DOM, the selection and a readable light-DOM copy', () => {
  const run = cli('render', 'icc-stance-compare', '--issue', 'article-98', '--group', 'sidebar');
  assert.equal(run.status, 0, run.stderr);
  const html = run.stdout;
  assert.match(html, /<icc-stance-compare[^>]*\sdefer-hydration[\s>]/);
  assert.match(html, /<icc-stance-compare[^>]*\sissue="article-98"/);
  assert.match(html, /<icc-stance-compare[^>]*\sgroup="sidebar"/);
  assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
  // The shadow DOM shows the preselected issue; the light DOM holds every issue, as headings.
  const shadow = html.slice(html.indexOf('<template'), html.indexOf('</template>'));
  assert.match(shadow, /<caption>[^<]*(<!--[^>]*-->)*Immunity agreements \(Article 98\)/);
  const light = html.slice(html.indexOf('</template>'));
  const content = JSON.parse(readFileSync('src/content/en.json', 'utf8'));
  const headings = (level) => [...light.matchAll(new RegExp(`<h${level}>(?:<!--[^>]*-->)*([^<]*)`, 'g'))].map((m) => m[1]);
  assert.deepEqual(headings(2), ['Where the United States and the Court stand, issue by issue']);
  assert.deepEqual(headings(3), content.issues.map((issue) => issue.title), 'every issue, in content order');
  // Each issue numbers its sources afresh, as the widget's panel does.
  assert.equal(headings(4).filter((h) => h === 'Sources').length, content.issues.length);
  assert.doesNotMatch(html, /<script/);
});

test('render refuses an unknown widget with one clear line and exit code 1', () => {
  const run = cli('render', 'icc-nonsense');
  assert.equal(run.status, 1);
  assert.equal(run.stderr.trim(), 'icc-widgets: Unknown widget "icc-nonsense": use one of icc-summary, us-icc-position, icc-stance-compare');
  assert.equal(run.stdout, '');
});

test('the Node API renders your own content, and says exactly what is wrong with bad content', () => {
  const content = JSON.parse(readFileSync('src/content/en.json', 'utf8'));
  content.meta.title = 'A newsroom’s own edition';
  assert.match(renderWidget('icc-summary', { content }), /A newsroom’s own edition/);
  content.sources[0].date = 'last week';
  assert.throws(() => renderWidget('icc-summary', { content }), /\$\.sources\[0\]\.date must be a date/);
});

test('oembed prints an oEmbed 1.0 rich response whose html is the iframe embed', () => {
  const run = cli('oembed', '--base', 'https://news.example/icc-widgets', '--widget', 'us-icc-position');
  assert.equal(run.status, 0, run.stderr);
  const response = JSON.parse(run.stdout);
  assert.equal(response.version, '1.0');
  assert.equal(response.type, 'rich');
  assert.equal(response.provider_name, 'icc-widgets');
  assert.equal(response.provider_url, 'https://news.example/icc-widgets/');
  assert.ok(Number.isInteger(response.width) && Number.isInteger(response.height));
  const src = response.html.match(/<iframe src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  const url = new URL(src);
  assert.equal(url.origin + url.pathname, 'https://news.example/icc-widgets/embed.html');
  assert.equal(url.searchParams.get('widget'), 'us-icc-position');
  assert.match(response.html, new RegExp(`width="${response.width}" height="${response.height}"`));
  assert.match(response.html, /title="The United States and the International Criminal Court/);
  assert.doesNotMatch(response.html, /<script/);
});

test('oembed --lang gives the embed in that language, titled in it', () => {
  for (const lang of ['fr', 'es', 'ar']) {
    const { meta } = JSON.parse(readFileSync(`src/content/${lang}.json`, 'utf8'));
    const run = cli('oembed', '--base', 'https://news.example/', '--widget', 'icc-summary', '--lang', lang);
    assert.equal(run.status, 0, run.stderr);
    const response = JSON.parse(run.stdout);
    const src = new URL(response.html.match(/<iframe src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
    assert.equal(src.searchParams.get('lang'), lang);
    assert.ok(response.title.startsWith(meta.title), `${lang}: ${response.title}`);
  }
});

test('oembed refuses a base that is not an http(s) address', () => {
  const run = cli('oembed', '--base', 'javascript:alert(1)', '--widget', 'icc-summary');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /--base must be an http\(s\) address/);
});

test('render --csp names the style-src hashes of exactly the styles in the snippet', async () => {
  const { createHash } = await import('node:crypto');
  const run = cli('render', 'us-icc-position', '--csp');
  assert.equal(run.status, 0, run.stderr);
  const styles = [...run.stdout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.ok(styles.length > 0);
  const expected = [...new Set(styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`))];
  assert.equal(run.stderr.trim(), `Content-Security-Policy for this snippet: style-src 'self' ${expected.join(' ')}`);
});

/** Every module a built file imports, transitively: relative files resolved, packages by name. */
function importGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/g)) {
      if (specifier.startsWith('.')) visit(fileURLToPath(new URL(specifier, pathToFileURL(file))));
      else seen.add(specifier);
    }
    // Dynamic imports stay out of the graph: they load only when that code runs.
  };
  visit(entry);
  return [...seen];
}

test('an oEmbed response loads neither the server renderer nor any element registration', () => {
  const graph = importGraph('dist/server/oembed.js');
  assert.ok(graph.some((m) => m.endsWith('elements/widgets.js')), 'it reads the widget registry');
  for (const m of graph) {
    assert.doesNotMatch(m, /server\/render\.js$|@lit-labs\/ssr(\/|$)|define\.js$/, `oembed imports ${m}`);
  }
  // And at run time, in a fresh Node: after a response is built, no tag is registered.
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `
    const { oembed } = await import('./dist/server/oembed.js');
    const { WIDGETS } = await import('./dist/elements/widgets.js');
    oembed({ base: 'https://news.example/', widget: 'icc-summary' });
    const registered = WIDGETS.map((w) => w.tag).concat('icc-review').filter((tag) => globalThis.customElements?.get(tag));
    console.log(JSON.stringify(registered));`], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), []);
  // The control: the renderer does register them, so the check above can see a registration.
  assert.ok(importGraph('dist/server/render.js').some((m) => m.endsWith('/define.js')));
});

// Bad input: one line on standard error naming the option, what was given and
// what is allowed; nothing on standard output; exit code 1.
const refuses = (args, message) => {
  const run = cli(...args);
  assert.equal(run.status, 1, `${args.join(' ')} exited ${run.status}`);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr, `icc-widgets: ${message}\n`);
};

test('render --heading-level must be a whole number from 1 to 6', () => {
  refuses(['render', 'icc-summary', '--heading-level', '7'], '--heading-level must be a whole number from 1 to 6 (got "7")');
});

test('render --issue, --period and --event must be ids in the content being rendered', () => {
  refuses(
    ['render', 'icc-stance-compare', '--issue', 'x'],
    '--issue must be an id from "issues" in icc-widgets/content/en.json: non-party-jurisdiction, complementarity, prosecutorial-independence, article-98, afghanistan, palestine, ukraine, aggression, sanctions (got "x")',
  );
  refuses(
    ['render', 'us-icc-position', '--period', 'x'],
    '--period must be an id from "administrations" in icc-widgets/content/en.json: clinton, bush, obama, trump-1, biden, trump-2 (got "x")',
  );
  refuses(
    ['render', 'us-icc-position', '--lang', 'fr-CA', '--event', 'x'],
    '--event must be an id from "timeline" in icc-widgets/content/fr.json: negotiations, rome-conference, rome-vote and 80 more (got "x")',
  );
});

test('render --variant must be full or compact', () => {
  refuses(['render', 'icc-summary', '--variant', 'x'], '--variant must be full or compact (got "x")');
});

test('render --variant is refused for a widget other than icc-summary', () => {
  refuses(['render', 'us-icc-position', '--variant', 'full'], '--variant must be left out for us-icc-position: only icc-summary has variants (got "full")');
});

test('--lang must be a well-formed BCP 47 tag, for render and oembed alike', () => {
  const message = '--lang must be a BCP 47 language tag such as en or fr-CA (got "x")';
  refuses(['render', 'icc-summary', '--lang', 'x'], message);
  refuses(['oembed', '--base', 'https://news.example/', '--widget', 'icc-summary', '--lang', 'x'], message);
});

test('an option of the other command is refused, not silently ignored', () => {
  refuses(['render', 'icc-summary', '--width', '1'], '--width is not a render option: render takes --lang, --issue, --period, --event, --group, --variant, --heading-level, --csp');
  refuses(['oembed', '--base', 'https://news.example/', '--widget', 'icc-summary', '--issue', 'ukraine'], '--issue is not an oembed option: oembed takes --base, --widget, --lang, --width, --height');
});

test('a stray argument is refused (an option without its --name)', () => {
  refuses(['render', 'icc-summary', 'fr'], 'unexpected argument "fr": options are written --name value');
});

test('a missing or unknown command or widget tag is one line, not the usage text', () => {
  refuses(['nope'], 'Unknown command "nope": use render or oembed (icc-widgets --help shows how)');
  refuses(['render'], 'render needs a widget tag: use one of icc-summary, us-icc-position, icc-stance-compare');
  refuses(['oembed', '--widget', 'icc-summary'], 'oembed needs --base <deployment URL> and --widget <tag>');
});

test('oembed --width and --height must be positive whole numbers', () => {
  const base = ['oembed', '--base', 'https://news.example/', '--widget', 'icc-summary'];
  refuses([...base, '--width', '0'], '--width must be a whole number of pixels, 1 or more (got "0")');
  refuses([...base, '--height=-5'], '--height must be a whole number of pixels, 1 or more (got "-5")');
});

test('oembed --base must be an http(s) address', () => {
  refuses(['oembed', '--base', 'x', '--widget', 'icc-summary'], '--base must be an http(s) address such as https://news.example/icc-widgets/ (got "x")');
});

test('oembed --widget must be a known widget', () => {
  refuses(['oembed', '--base', 'https://news.example/', '--widget', 'x'], '--widget must be one of icc-summary, us-icc-position, icc-stance-compare (got "x")');
});

test('valid options still work (the control for the refusals above)', () => {
  const render = cli('render', 'icc-summary', '--lang', 'fr-CA', '--issue', 'ukraine', '--period', 'biden', '--event', 'putin-warrant',
    '--group', 'side', '--variant', 'compact', '--heading-level', '3');
  assert.equal(render.status, 0, render.stderr);
  assert.equal(render.stderr, '');
  assert.match(render.stdout, /<icc-summary[^>]*\slang="fr"[^>]*\svariant="compact"[^>]*\sheading-level="3"/);
  const embed = cli('oembed', '--base', 'http://localhost:8000', '--widget', 'icc-stance-compare', '--lang', 'ar', '--width', '480', '--height', '900');
  assert.equal(embed.status, 0, embed.stderr);
  const response = JSON.parse(embed.stdout);
  assert.deepEqual([response.width, response.height], [480, 900]);
  assert.match(response.html, /width="480" height="900"/);
});

test('a reader that stops early (| head) ends the command quietly, with exit code 0', async () => {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['dist/server/cli.js', 'render', 'icc-summary'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  // The snippet is hundreds of kB, far beyond a pipe's buffer: closing after the first chunk breaks the pipe mid-write.
  child.stdout.once('data', () => child.stdout.destroy());
  const [status] = await new Promise((resolve) => child.on('close', (...result) => resolve(result)));
  assert.equal(status, 0, stderr);
  assert.equal(stderr, '');
});
