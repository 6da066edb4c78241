// The embed-code builder's snippets (demo/builder.html), as text. Pure functions, no DOM and no fetch: the builder
// page, the demo server's preview route and test/demo/builder.test.ts all build the code here, so what a newsroom
// copies is what the tests load. The forms follow the README's "Embed it".

/** How a host can embed a widget, in the order the builder offers them. */
export const MODES = [
  { id: 'npm', label: 'npm, in an app with a bundler' },
  { id: 'script', label: 'Script tag' },
  { id: 'iframe', label: 'Iframe (when the CMS strips scripts)' },
  { id: 'server', label: 'Server-rendered (no layout shift, works without JavaScript)' },
];

export const THEMES = [
  { id: 'light', label: 'Light (the page shows through)' },
  { id: 'dark', label: 'Dark' },
  { id: 'auto', label: "Auto (follows the host page's switch, else the reader's setting)" },
];

export const DEFAULT_BASE = 'https://your-cdn.example/icc-widgets/dist/';
const DEFAULT_TITLE = 'The United States and the International Criminal Court';

/** The deployment's address as a base ending in "/", or undefined if it is not an http(s) address. */
export function normalizeBase(value) {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.search = '';
    url.hash = '';
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return undefined;
  }
}

const escapeText = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value) => escapeText(value).replace(/"/g, '&quot;');
const attributes = (pairs) => pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');

/** The preselection, in attribute order: only the ids chosen. */
const selection = (o) => ['issue', 'period', 'event'].filter((name) => o[name]).map((name) => [name, o[name]]);

/** The element's attributes for the npm and script-tag modes. Light is the default theme, so it is left out. */
export function elementAttributes(o) {
  return [
    ['heading-level', String(o.headingLevel ?? 2)],
    ...selection(o),
    ...(o.theme && o.theme !== 'light' ? [['theme', o.theme]] : []),
    ['lang', o.lang ?? 'en'],
  ];
}

/** The embed's name for the resize script: the `id` in the address and the iframe's `data-icc-embed`. */
export const embedId = (o) => `${o.tag}-1`;

/**
 * The query of embed.html, with the names src/embed/embed.ts reads. The embed has light and dark only: for "auto"
 * nothing is sent (it shows light) and the notes say so.
 */
export function embedQuery(o) {
  const query = new URLSearchParams({ widget: o.tag });
  for (const [name, value] of selection(o)) query.set(name, value);
  query.set('heading-level', String(o.headingLevel ?? 2));
  query.set('lang', o.lang ?? 'en');
  if (o.theme === 'dark') query.set('theme', 'dark');
  query.set('id', embedId(o));
  return query;
}

/** The options of `icc-widgets render`, as the command line takes them (src/server/cli.ts). */
export function renderArguments(o) {
  return [
    o.tag,
    ...selection(o).flatMap(([name, value]) => [`--${name}`, value]),
    '--heading-level', String(o.headingLevel ?? 2),
    '--lang', o.lang ?? 'en',
  ];
}

/**
 * The line that stands for the command's output in the server-rendered snippet: the element's opening tag with
 * what the host adds to it (the command has no theme option, so a theme other than light is added by hand).
 */
const outputLine = (o) => `<${o.tag}${o.theme && o.theme !== 'light' ? attributes([['theme', o.theme]]) : ''} defer-hydration …>…</${o.tag}>`;

/**
 * Pastes the command's output where the snippet's stand-in line is, with the attributes that line adds to the
 * opening tag (the theme), as a host following the snippet would. Used by the demo server's preview and the tests.
 */
export function pasteOutput(html, output, tag) {
  const line = html.split('\n').find((l) => l.startsWith(`<${tag}`) && l.includes('defer-hydration …'));
  if (!line) throw new Error('the snippet has no line for the output');
  const added = line.slice(tag.length + 1, line.indexOf(' defer-hydration'));
  const start = output.indexOf(`<${tag}`) + tag.length + 1;
  if (start === tag.length) throw new Error(`the output has no <${tag}>`);
  return html.replace(line, () => output.slice(0, start) + added + output.slice(start));
}

/**
 * The code for one set of options: `parts` in the order a host uses them (each { language: 'sh'|'js'|'html', where,
 * code }: where it goes, and what the part's Copy button copies), `text` (every part, blank lines between) and
 * `notes` (plain sentences shown under the code).
 *
 * Options: tag, label and embedHeight (from the bundle's WIDGETS), title (the content's), mode, lang, theme,
 * issue, period, event (content ids, or nothing), headingLevel, base (where dist/ is hosted).
 */
export function snippet(options) {
  const o = { lang: 'en', theme: 'light', headingLevel: 2, title: DEFAULT_TITLE, ...options };
  const base = normalizeBase(o.base ?? DEFAULT_BASE) ?? DEFAULT_BASE;
  const element = () =>
    `<${o.tag}${attributes(elementAttributes(o))}>\n` +
    `  <p>${escapeText(`${o.label ?? 'An explainer'}: an explainer on ${o.title.replace(/^The /, 'the ')}.`)}</p>\n` +
    `</${o.tag}>`;
  const moduleScript = `<script type="module" src="${escapeAttribute(`${base}icc-widgets.js`)}"></script>`;
  const notes = [];
  let parts;
  switch (o.mode) {
    case 'npm':
      parts = [
        { language: 'sh', where: 'In a terminal, in your app', code: 'npm install icc-widgets' },
        { language: 'js', where: "In your app's code", code: `import 'icc-widgets/${o.tag}.js';` },
        { language: 'html', where: 'In the page, where the widget goes', code: element() },
      ];
      notes.push('The import registers the element. It loads its content (icc-widgets/content/en.json) relative to its own module, which Vite, webpack 5 and Rollup bundle as an asset.');
      break;
    case 'script':
      parts = [
        {
          language: 'html',
          where: 'In the page, where the widget goes',
          code: `<link rel="stylesheet" href="${escapeAttribute(`${base}icc-widgets.css`)}" />\n${moduleScript}\n${element()}`,
        },
      ];
      notes.push(
        "Put the stylesheet in the page's <head>: it is optional, and holds the widget's room so the text below does not move.",
        'Keep content/ beside icc-widgets.js at that address.',
      );
      break;
    case 'iframe': {
      const src = `${base}embed.html?${embedQuery(o)}`;
      parts = [
        {
          language: 'html',
          where: 'In the story, where the widget goes',
          code:
            `<iframe\n  src="${escapeAttribute(src)}"\n  data-icc-embed="${embedId(o)}"\n` +
            `  title="${escapeAttribute(`${o.title}: ${o.label ?? o.tag}`)}"\n` +
            `  width="100%" height="${o.embedHeight ?? 1200}" loading="lazy" style="border: 0"></iframe>`,
        },
        {
          language: 'html',
          where: 'Once per page (theme, footer or a site-wide block)',
          code: `<script src="${escapeAttribute(`${base}icc-embed-resize.js`)}" defer></script>`,
        },
      ];
      notes.push('The resize script fits each frame to what its reader opens; including it twice is harmless.');
      if (o.theme === 'auto') notes.push('The iframe embed has no automatic theme: a frame cannot see the host page\'s switch, so it shows the light theme. Choose dark for a dark page.');
      break;
    }
    case 'server':
      parts = [
        { language: 'sh', where: 'In a terminal, where you build the page', code: `npx icc-widgets render ${renderArguments(o).join(' ')} > ${o.tag}.html` },
        {
          language: 'html',
          where: 'In the page, where the widget goes',
          code:
            `<!-- paste the output (${o.tag}.html) here${o.theme !== 'light' ? `, adding theme="${o.theme}" to its first tag` : ''}: -->\n` +
            `${outputLine(o)}\n${moduleScript}`,
        },
      ];
      notes.push("Run the command again when the package's content changes, so the page and the script agree.");
      if (o.theme !== 'light') notes.push(`The command has no theme option: add theme="${o.theme}" to the output's opening tag, as shown.`);
      break;
    default:
      throw new Error(`Unknown mode "${o.mode}"`);
  }
  return { parts, text: parts.map((p) => p.code).join('\n\n'), notes };
}
