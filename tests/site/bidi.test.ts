/*
 * In the built Arabic pages, every Latin or mixed run in right-to-left text is isolated
 * (src/utils/bidi.ts), so handles, domains, names with numbers and ranges read in the right
 * order. This test reads the HTML a browser receives and knows nothing of how it was made.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, loadPage } from './dist';

const arabicPages = builtPages().filter((p) => p.startsWith('ar/'));

/** Runs that the bidi algorithm scrambles in right-to-left text when not isolated. */
const SCRAMBLED = [
  { name: 'handle', pattern: /@[A-Za-z0-9_]+/ },
  { name: 'domain', pattern: /\b[A-Za-z0-9-]+\.(?:[A-Za-z0-9-]+\.)*[A-Za-z]{2,}\b/ },
  { name: 'Latin with digits', pattern: /[A-Za-z]\d|\d[A-Za-z]/ },
  { name: 'range', pattern: /\d\s?[–—]\s?\d/ },
  { name: 'Latin word', pattern: /[A-Za-z]{2,}/ },
];
/** Elements whose text is code, or already laid out in its own direction. */
const EXEMPT =
  'code, pre, kbd, samp, script, style, svg, bdi, bdo, select, [dir="ltr"], [dir="auto"]';

/** Text of right-to-left prose that a reader sees unisolated, with where it is. */
function unisolatedTexts(document: Document): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(EXEMPT)) continue;
    if (parent.closest('[dir]')?.getAttribute('dir') !== 'rtl') continue;
    texts.push(node.textContent ?? '');
  }
  return texts;
}

describe('Latin runs in the built Arabic pages', () => {
  it('covers the Arabic pages', () => {
    expect(arabicPages.length).toBeGreaterThan(30);
  });

  it.each(arabicPages)('%s isolates every handle, domain, Latin name and range', (path) => {
    const found = unisolatedTexts(loadPage(path)).flatMap((text) =>
      SCRAMBLED.filter(({ pattern }) => pattern.test(text)).map(
        ({ name, pattern }) =>
          `${name}: ${pattern.exec(text)![0]} in “${text.trim().slice(0, 80)}”`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('wraps a handle in lesson 4 with its @ at the start', () => {
    const document = loadPage('ar/lessons/manipulation-techniques/index.html');
    const handles = [...document.querySelectorAll('bdi[dir="ltr"]')]
      .map((b) => b.textContent!)
      .filter((t) => t.startsWith('@'));
    expect(handles).toContain('@lantern_circle');
  });
});
