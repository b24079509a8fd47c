/* Reading the built site in dist/ for tests. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export const DIST = join(import.meta.dirname, '../../dist');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** Every built file, as a path relative to dist/ ("ar/lessons/x/index.html"). */
export const builtFiles = () => walk(DIST).map((f) => relative(DIST, f));

/** Every built HTML page except Pagefind's assets. */
export const builtPages = () =>
  builtFiles().filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

export function readBuilt(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

export function loadPage(path: string): Document {
  return parseHTML(readBuilt(path)).document as unknown as Document;
}

/**
 * The text Pagefind indexed for the page at `url` ("/ar/lessons/x/"), read back from its
 * fragment: each is gzipped, a "pagefind_dcd" signature followed by JSON.
 */
export function searchIndexText(url: string): string {
  const fragments = join(DIST, 'pagefind/fragment');
  for (const name of readdirSync(fragments)) {
    const raw = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    if (fragment.url === url) return fragment.content;
  }
  throw new Error(`no search index fragment for ${url}`);
}
