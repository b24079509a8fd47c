/*
 * Which web fonts a built page makes the browser download, read from the page's own CSS: the
 * page's `lang` picks the `--sl-font` family (a `:root[lang=…]` rule, else `:root`), and a face
 * of that family counts when its unicode-range covers a character of the page's text. Both
 * weights count, since every page has bold headings. Used by `npm run budget`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Parse `U+20-7E, U+6??, U+AB` into [from, to] pairs. */
export function parseUnicodeRange(value) {
  return value.split(',').map((part) => {
    const spec = part.trim().replace(/^U\+/i, '');
    if (spec.includes('?')) {
      return [parseInt(spec.replaceAll('?', '0'), 16), parseInt(spec.replaceAll('?', 'F'), 16)];
    }
    const [from, to = from] = spec.split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

/** Every @font-face rule in `css`: family, weight, file URL, ranges. */
export function fontFaces(css) {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const prop = (name) => new RegExp(`${name}\\s*:\\s*([^;]+)`).exec(body)?.[1].trim();
    return {
      family: prop('font-family')?.replace(/["']/g, ''),
      weight: prop('font-weight') ?? '400',
      url: /url\(\s*["']?([^"')]+)/.exec(body)?.[1],
      ranges: parseUnicodeRange(prop('unicode-range') ?? 'U+0-10FFFF'),
    };
  });
}

/** The first family of `--sl-font` for a page in `lang`. */
export function bodyFamily(css, lang) {
  const declared = (selector) =>
    new RegExp(`${selector}\\s*{[^}]*--sl-font\\s*:\\s*["']?([^,"';}]+)`).exec(css)?.[1].trim();
  return declared(`:root\\[lang=["']?${lang}["']?\\]`) ?? declared(':root');
}

const fileSize = (path) => statSync(path).size;

/** Bytes of the fonts a page needs; `css` is its stylesheets' text, `dist` the site folder. */
export function fontBytesOf(html, css, dist, sizeOf = fileSize) {
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  const family = bodyFamily(css, lang);
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '');
  const codes = new Set([...text].map((c) => c.codePointAt(0)));
  const needed = fontFaces(css).filter(
    (face) =>
      face.family === family &&
      face.url &&
      face.ranges.some(([from, to]) => [...codes].some((c) => c >= from && c <= to)),
  );
  return [...new Set(needed.map((face) => face.url))].reduce(
    (sum, url) => sum + sizeOf(join(dist, url.split(/[?#]/)[0])),
    0,
  );
}

export function readStylesheets(html, dist) {
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map(([, href]) => readFileSync(join(dist, href.split(/[?#]/)[0]), 'utf8'))
    .join('\n');
}
