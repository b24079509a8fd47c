/*
 * The Arabic font is cut to what the course uses (scripts/font-subset.mjs). These tests fail
 * when content starts using a character the committed font lacks, so no word silently falls
 * back to another font; the fix is `npm run fonts`.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ARABIC_CORE,
  LATIN,
  arabicCodepoints,
  courseTexts,
  readSubsetList,
} from '../scripts/font-subset.mjs';
import { bodyFamily, fontBytesOf, fontFaces, parseUnicodeRange } from '../scripts/font-bytes.mjs';

const hex = (points: number[]) => points.map((p) => `U+${p.toString(16).toUpperCase()}`);

describe('the committed Arabic font subset', () => {
  const committed = new Set<number>(readSubsetList());

  it('covers every Arabic-script character the course uses (else run `npm run fonts`)', () => {
    const used: number[] = arabicCodepoints(courseTexts());
    expect(hex(used.filter((p) => !committed.has(p)))).toEqual([]);
  });

  it('keeps the whole alphabet and Arabic punctuation', () => {
    expect(hex(ARABIC_CORE.filter((p: number) => !committed.has(p)))).toEqual([]);
  });

  it('declares the Latin face for exactly the characters its file holds', () => {
    const css = readFileSync('src/styles/fonts.css', 'utf8');
    const latin = fontFaces(css).find((f) => f.url?.includes('naskh-latin-400'));
    if (!latin) throw new Error('fonts.css declares no naskh-latin-400 face');
    const inRange = (p: number) =>
      latin.ranges.some(([from, to]: [number, number]) => p >= from && p <= to);
    expect(hex(LATIN.filter((p: number) => !inRange(p)))).toEqual([]);
  });

  it.each(['naskh-arabic-400', 'naskh-arabic-700', 'naskh-latin-400'])(
    '%s.woff2 stays small',
    (name) => {
      expect(statSync(`src/fonts/${name}.woff2`).size).toBeLessThan(14_000);
    },
  );
});

describe('measuring the fonts a page downloads', () => {
  it.each([
    ['U+20-7E', [[0x20, 0x7e]]],
    ['U+6??', [[0x600, 0x6ff]]],
    [
      'U+AB, U+0600-06FF',
      [
        [0xab, 0xab],
        [0x600, 0x6ff],
      ],
    ],
  ])('parses the unicode-range %s', (value, ranges) => {
    expect(parseUnicodeRange(value)).toEqual(ranges);
  });

  const css = `
    :root{--sl-font:system-ui}
    :root[lang=ar]{--sl-font:"Noto Naskh Arabic", system-ui}
    @font-face{font-family:Noto Naskh Arabic;font-weight:400;src:url(/ar.woff2)format("woff2");unicode-range:U+6??}
    @font-face{font-family:Noto Naskh Arabic;font-weight:400;src:url(/latin.woff2);unicode-range:U+20-7E}`;

  it('reads the body font of each language', () => {
    expect(bodyFamily(css, 'ar')).toBe('Noto Naskh Arabic');
    expect(bodyFamily(css, 'en')).toBe('system-ui');
  });

  it('counts only the faces of the page language whose range the text reaches', () => {
    const sizes: Record<string, number> = { '/ar.woff2': 100, '/latin.woff2': 10 };
    const bytesFor = (html: string) =>
      fontBytesOf(html, css, '/', (path: string) => sizes[path] ?? 0);
    expect(bytesFor('<html lang="ar"><p>نظرة ثانية</p></html>')).toBe(110);
    expect(bytesFor('<html lang="ar"><p>نظرة</p></html>')).toBe(100);
    expect(bytesFor('<html lang="en"><p>Second Look</p></html>')).toBe(0);
  });
});
