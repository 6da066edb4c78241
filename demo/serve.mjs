// `npm start`: serves the demo and the built files on localhost, no dependencies.
// demo/ is the site root; /dist/ maps to the build output. Two things are made
// on the fly from the built Node API, as a newsroom's own server would:
// `<!--render tag --option value-->` comments in demo pages become server-rendered
// widgets, /oembed/<widget>.json is the oEmbed response for the iframe embed, and /render-preview?tag=… is the
// embed-code builder's preview of a server-rendered snippet (demo/builder-render.mjs).
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

const root = resolve('.');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const { renderWidget, styleHashes, oembed } = await import('../dist/server/index.js');
const { renderPreview } = await import('./builder-render.mjs');

/** Replaces each `<!--render tag --name value ...-->` comment with that widget's server-rendered HTML. */
const renderComments = (html) =>
  html.replace(/<!--render ([a-z-]+)((?: --[a-z-]+ [^\s-][^\s]*)*)-->/g, (_, tag, args) => {
    const options = {};
    for (const [, name, value] of args.matchAll(/--([a-z-]+) (\S+)/g)) {
      options[name.replace(/-([a-z])/g, (__, c) => c.toUpperCase())] = name === 'heading-level' ? Number(value) : value;
    }
    return renderWidget(tag, options);
  });

const server = createServer((request, response) => {
  const url = new URL(request.url, `http://${request.headers.host}`);
  const path = decodeURIComponent(url.pathname);
  const oembedMatch = path.match(/^\/oembed\/([a-z-]+)\.json$/);
  if (oembedMatch) {
    try {
      const body = oembed({ base: new URL('/dist/', url).href, widget: oembedMatch[1], lang: url.searchParams.get('lang') ?? 'en' });
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body, null, 2));
    } catch (error) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(error.message);
    }
    return;
  }
  if (path === '/render-preview') {
    try {
      const { html, csp } = renderPreview(url.searchParams, url, { renderWidget, styleHashes });
      response.writeHead(200, { 'content-type': types['.html'], 'content-security-policy': csp, 'cache-control': 'no-cache' }).end(html);
    } catch (error) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(error.message);
    }
    return;
  }
  const relative = normalize(path.startsWith('/dist/') ? path : join('demo', path)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, relative);
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  // Compressed, as any newsroom's server or CDN sends text (the content is a quarter of its size gzipped).
  const gzip = /text|json/.test(headers['content-type']) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
  const body = extname(file) === '.html' && file.startsWith(join(root, 'demo')) ? Readable.from([renderComments(readFileSync(file, 'utf8'))]) : createReadStream(file);
  response.writeHead(200, headers);
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
});

const port = Number(process.env.PORT ?? 8000);
server.listen(port, '127.0.0.1', () => {
  console.log(`icc-widgets demo: http://localhost:${server.address().port}/`);
});
