/* Fonts on the built site: Arabic pages preload their cut-down Naskh, English pages load none. */
import { describe, expect, it } from 'vitest';
import { builtPages, loadPage, readBuilt } from './dist';

const preloads = (path: string) =>
  [...loadPage(path).querySelectorAll('link[rel="preload"][as="font"]')].map(
    (link) => link.getAttribute('href') ?? '',
  );

describe('web fonts', () => {
  // Short links are redirect stubs, not pages a learner reads.
  const pages = builtPages().filter(
    (p) => p !== '404.html' && !/http-equiv="refresh"/i.test(readBuilt(p)),
  );
  const arabic = pages.filter((p) => p.startsWith('ar/'));
  const english = pages.filter((p) => !p.startsWith('ar/'));

  it.each(arabic)(
    '%s preloads the Arabic Naskh (regular, and bold for its title) and Latin',
    (path) => {
      const links = preloads(path);
      expect(links.some((href) => /naskh-arabic-400\.[\w-]+\.woff2$/.test(href))).toBe(true);
      expect(links.some((href) => /naskh-arabic-700\.[\w-]+\.woff2$/.test(href))).toBe(true);
      expect(links.some((href) => /naskh-latin-400\.[\w-]+\.woff2$/.test(href))).toBe(true);
      for (const link of loadPage(path).querySelectorAll('link[rel="preload"][as="font"]')) {
        // Fonts are fetched in CORS mode: a preload without crossorigin downloads them twice.
        expect(link.hasAttribute('crossorigin')).toBe(true);
      }
    },
  );

  it.each(english.slice(0, 20))('%s preloads no font', (path) => {
    expect(preloads(path)).toEqual([]);
  });
});
