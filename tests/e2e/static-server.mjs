/*
 * A tiny static file server for the built site, so browser tests need nothing but Node.
 * Serves dist/ as the hosts in docs/deploy.md are configured to: /path/ → /path/index.html;
 * a missing address gets the nearest 404.html up its folders (/ar/x → /ar/404.html) with
 * status 404; and every response carries the headers that the build wrote in dist/_headers
 * (read here independently of the code that wrote it), unless { hostHeaders: false }
 * emulates a host that cannot set headers (GitHub Pages).
 * With a prefix (a site built with BASE_PATH=/course/), the site lives under /course/ only and
 * every other address is a 404, as on a host that serves the course from a sub-folder.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/**
 * The rules of a Netlify / Cloudflare Pages `_headers` file: a path pattern on its own line
 * (exact, or a prefix ending in `*`), then indented `Name: value` lines, or `! Name` to drop a
 * header an earlier rule set (Cloudflare's syntax).
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: a header before any path: ${line}`);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    const header = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (detach) rule.detach.push(detach[1].toLowerCase());
    else if (header) rule.set.push([header[1].toLowerCase(), header[2]]);
    else throw new Error(`_headers: cannot read the line: ${line}`);
  }
  return rules;
}

/** The headers `rules` give a path: every matching rule in order, later values replacing. */
export function headersForPath(rules, path) {
  const headers = {};
  for (const { pattern, set, detach } of rules) {
    const matches = pattern.endsWith('*')
      ? path.startsWith(pattern.slice(0, -1))
      : path === pattern;
    if (!matches) continue;
    for (const name of detach) delete headers[name];
    for (const [name, value] of set) headers[name] = value;
  }
  return headers;
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function resolveFile(root, urlPath) {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
  } catch {
    // Not found: fall through to the not-found page.
  }
  if (await isFile(file)) return { file, status: 200 };
  // The nearest 404.html up the requested address's folders.
  for (let dir = join(root, safe.endsWith('/') ? safe : dirname(safe)); ; dir = dirname(dir)) {
    if (!dir.startsWith(root)) break;
    if (await isFile(join(dir, '404.html'))) return { file: join(dir, '404.html'), status: 404 };
    if (dir === root) break;
  }
  return { file: join(root, '404.html'), status: 404 };
}

// Types a real host compresses; fonts (woff2) and images are compressed already.
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.webmanifest',
]);

/**
 * Start serving `root` on a free port of 127.0.0.1, under `prefix` (default '/'); resolves to
 * { url, close, outside }, where `outside` lists requested paths that were not under the prefix.
 * `hostHeaders: false` serves without the _headers rules, as a host that cannot set them;
 * `gzip: true` compresses text as a production host does, for size and speed measurements.
 */
export function serveStatic(
  root = 'dist',
  port = 0,
  { prefix = '/', gzip = false, hostHeaders = true } = {},
) {
  const base = resolve(root);
  const headersFile = join(base, '_headers');
  const rules =
    hostHeaders && existsSync(headersFile)
      ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
      : [];
  const outside = [];
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (!`${pathname}/`.startsWith(prefix)) {
      outside.push(pathname);
      res.writeHead(404).end('Not found: outside the site');
      return;
    }
    const sitePath = pathname.slice(prefix.length - 1);
    const { file, status } = await resolveFile(base, sitePath);
    // The build writes _headers with the full addresses (/course/… under BASE_PATH=/course/).
    const headers = headersForPath(rules, pathname);
    try {
      let body = await readFile(file);
      headers['content-type'] = TYPES[extname(file)] ?? 'application/octet-stream';
      if (
        gzip &&
        COMPRESSIBLE.has(extname(file)) &&
        /gzip/.test(req.headers['accept-encoding'] ?? '')
      ) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(status, headers);
      res.end(body);
    } catch {
      res.writeHead(404, headers).end('Not found');
    }
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      done({
        url: `http://127.0.0.1:${actual}`,
        outside,
        close: () => new Promise((r) => server.close(r)),
      });
    }),
  );
}
