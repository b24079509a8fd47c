#!/usr/bin/env node
/*
 * Second Look, served from this folder with nothing but Node.js (any version from 18 on), no
 * internet and no packages: `node serve.mjs` (options: --port 8080, --local to refuse other
 * computers). It serves the course in site/ as a web host would: /path/ → /path/index.html, a
 * folder without its slash is redirected, a missing page gets the course's own "not found" page
 * in its language. It prints the addresses to open, on this computer and, for a classroom, on
 * the same network (Wi-Fi or cable).
 */
import { createServer } from 'node:http';
import { existsSync, statSync, createReadStream } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// The folder the course was built for (BASE_PATH), written here when the folder is packed.
const START = '/';
const SITE = join(fileURLToPath(new URL('.', import.meta.url)), 'site');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const port = Number(option('--port') ?? process.env.PORT ?? 8080);
const host = args.includes('--local') ? '127.0.0.1' : '0.0.0.0';

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** The nearest 404.html up the folders of a missing address (/ar/x → /ar/404.html). */
function notFoundPage(path) {
  const parts = path.split('/').filter(Boolean);
  for (let i = parts.length; i >= 0; i--) {
    const candidate = join(SITE, ...parts.slice(0, i), '404.html');
    if (isFile(candidate)) return candidate;
  }
  return null;
}

function send(response, status, file) {
  response.writeHead(status, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  createReadStream(file).pipe(response);
}

const server = createServer((request, response) => {
  let path;
  try {
    path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  const file = normalize(join(SITE, path));
  if (file !== SITE && !file.startsWith(SITE + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (isFile(file)) return send(response, 200, file);
  if (existsSync(file) && isFile(join(file, 'index.html'))) {
    if (!path.endsWith('/')) {
      response.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    return send(response, 200, join(file, 'index.html'));
  }
  const missing = notFoundPage(path);
  if (missing) return send(response, 404, missing);
  response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
});

server.listen(port, host, () => {
  const { port: actual } = server.address();
  const addresses = [`http://localhost:${actual}${START}`];
  if (host === '0.0.0.0') {
    for (const list of Object.values(networkInterfaces())) {
      for (const net of list ?? []) {
        if (net.family === 'IPv4' && !net.internal)
          addresses.push(`http://${net.address}:${actual}${START}`);
      }
    }
  }
  console.log('Second Look · نظرة ثانية is being served. Open in a browser:');
  for (const address of addresses) console.log(`  ${address}`);
  console.log('Press Ctrl+C to stop.');
});
