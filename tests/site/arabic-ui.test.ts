/*
 * The interface around the Arabic lessons is in Arabic: Starlight's own labels (the hidden
 * "Section titled …" of every heading) and the search's messages, which Starlight hands to
 * Pagefind from the page (the `data-translations` of <site-search>).
 */
import { describe, expect, it } from 'vitest';
import { builtPages, loadPage } from './dist';
import { THEME_STRING_KEYS } from '../../src/i18n/ui-strings';

const arabicPages = builtPages().filter((p) => p.startsWith('ar/') && !p.startsWith('ar/l/'));
const english = (text: string) =>
  /[A-Za-z]{3,}/.test(text.replace(/\[[A-Z_]+\]/g, '').replace(/\bCtrl\b/g, ''));

describe.each(arabicPages)('%s', (path) => {
  const document = loadPage(path);

  it('hands Pagefind every search message, in Arabic', () => {
    const search = document.querySelector('site-search');
    expect(search).not.toBeNull();
    const translations = JSON.parse(search!.getAttribute('data-translations')!) as Record<
      string,
      string
    >;
    const expected = THEME_STRING_KEYS.filter((k) => k.startsWith('pagefind.')).map((k) =>
      k.replace('pagefind.', ''),
    );
    expect(Object.keys(translations)).toEqual(expect.arrayContaining(expected));
    expect(Object.entries(translations).filter(([, text]) => english(text))).toEqual([]);
  });

  it('labels heading links in Arabic', () => {
    const labels = [...document.querySelectorAll('.sl-anchor-link .sr-only')].map(
      (l) => l.textContent!,
    );
    expect(labels.filter((l) => /Section titled/.test(l))).toEqual([]);
  });

  it('writes dates as readers do, never as raw ISO dates', () => {
    const main = document.querySelector('main');
    const text = (main?.textContent ?? '').replace(/\s+/g, ' ');
    expect(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).toEqual([]);
  });

  it('separates the parts of a citation with the Arabic comma', () => {
    const citations = [...document.querySelectorAll('.source-citation')].map((c) => c.textContent!);
    expect(citations.filter((c) => /[»\u0621-\u064A],/.test(c))).toEqual([]);
  });
});

describe('the answer line of a rate exercise', () => {
  const answers = (path: string) =>
    [...loadPage(path).querySelectorAll('.exercise-feedback strong')].map((s) => s.textContent!);

  it('points from the verdict to the call the way each language reads', () => {
    const english = answers('lessons/manipulation-techniques/index.html');
    const arabic = answers('ar/lessons/manipulation-techniques/index.html');
    expect(english.filter((a) => a.includes('→')).length).toBeGreaterThan(0);
    expect(arabic.filter((a) => a.includes('←')).length).toBeGreaterThan(0);
    expect(arabic.filter((a) => a.includes('→'))).toEqual([]);
  });
});
