// `npm start`: serves the demo and the built files on localhost, no dependencies.
// demo/ is the site root; /dist/ maps to the build output.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('.');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
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
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(response);
});

const port = Number(process.env.PORT ?? 8000);
server.listen(port, '127.0.0.1', () => {
  console.log(`icc-widgets demo: http://localhost:${server.address().port}/`);
});
