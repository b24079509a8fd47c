/*
 * Every internal link of the built site leads somewhere: the page exists, and a #fragment
 * names an element on it. (The link checker for a static site: no server, no network.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages, loadPage } from './dist';

const pages = builtPages();
const ids = new Map<string, Set<string>>();
function idsOf(page: string): Set<string> {
  if (!ids.has(page)) {
    ids.set(page, new Set([...loadPage(page).querySelectorAll('[id]')].map((e) => e.id)));
  }
  return ids.get(page)!;
}

/** The built file a site path is served from, or null. */
function fileFor(pathname: string): string | null {
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  for (const candidate of [clean, join(clean, 'index.html')]) {
    if (candidate && existsSync(join(DIST, candidate)) && candidate.endsWith('.html'))
      return candidate;
  }
  return existsSync(join(DIST, clean)) && clean ? clean : null;
}

describe('internal links', () => {
  it.each(pages)('on %s all resolve', (page) => {
    const base = new URL('/' + page.replace(/index\.html$/, ''), 'http://site.local');
    const broken: string[] = [];
    for (const anchor of loadPage(page).querySelectorAll('a[href]')) {
      const href = anchor.getAttribute('href')!;
      if (/^(https?:|mailto:|tel:|javascript:)/i.test(href) || href === '') continue;
      const url = new URL(href, base);
      const target = url.pathname === base.pathname ? page : fileFor(url.pathname);
      if (!target) {
        broken.push(`${href} (no page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push(`${href} (no element with id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
  });
});
