/*
 * Links get printed on handouts, written on whiteboards and shared in workshops. This pinned
 * list is the contract: a page that disappears or moves fails here, and a new page is added
 * here on purpose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist';

const pinned = readFileSync(join(import.meta.dirname, 'public-urls.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

const built = builtPages()
  // Not-found pages (404.html, ar/404.html) are what a host serves for addresses that are not.
  .filter((page) => !/(^|\/)404\.html$/.test(page))
  .map((page) => '/' + page.replace(/index\.html$/, ''));

describe('public URLs', () => {
  it('every pinned URL is still published', () => {
    expect(pinned.filter((url) => !built.includes(url))).toEqual([]);
  });
  it('every published page is pinned', () => {
    expect(built.filter((url) => !pinned.includes(url))).toEqual([]);
  });
});
