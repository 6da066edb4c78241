// The builder's server-rendered preview, `render-preview?tag=…&issue=…&period=…&event=…&heading-level=…&lang=…&theme=…`
// beside the demo pages: the server-rendered snippet of demo/builder-snippets.js with the widget's rendered HTML pasted
// where the snippet says, and its script tag pointing at this server's /dist/. Served by demo/serve.mjs, and by
// web-test-runner.config.mjs for the tests. The query is untrusted: each value is checked, the tag by renderWidget.
import { pasteOutput, snippet } from './builder-snippets.js';

const CONTENT_ID = /^[a-z0-9-]{1,100}$/;

/** { html, csp } of the preview page, or throws on an unknown widget. `server` is the built Node API (dist/server/). */
export function renderPreview(query, origin, { renderWidget, styleHashes }) {
  const id = (name) => (CONTENT_ID.test(query.get(name) ?? '') ? query.get(name) : undefined);
  const level = Number(query.get('heading-level'));
  const lang = query.get('lang') ?? '';
  const options = {
    mode: 'server',
    tag: query.get('tag') ?? '',
    issue: id('issue'),
    period: id('period'),
    event: id('event'),
    headingLevel: Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2,
    lang: /^[a-z]{2,3}$/.test(lang) ? lang : 'en',
    theme: ['dark', 'auto'].includes(query.get('theme')) ? query.get('theme') : 'light',
    base: new URL('/dist/', origin).href,
  };
  const output = renderWidget(options.tag, options);
  const widget = pasteOutput(snippet(options).parts[1].code, output, options.tag);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: server-rendered ${options.tag}</title><link rel="stylesheet" href="demo.css"></head>
<body><main class="story">${widget}</main></body></html>`;
  const csp = `default-src 'self'; script-src 'self'; style-src 'self' ${styleHashes(widget).join(' ')}; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html`;
  return { html, csp };
}
