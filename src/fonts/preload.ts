/*
 * Font files each language's pages preload, so the text renders in its font on the first paint
 * instead of waiting for the stylesheet to ask for it. Keyed by the page's `lang`. The bold
 * face is among them because every page's title is set in it, and the title is the page's
 * largest paint: found only after the stylesheet and a layout, it came a round trip late
 * (Lighthouse LCP on an Arabic lesson 1.67-1.69 s; preloaded, 1.52-1.56 s when the title makes
 * the first paint). Every Arabic page needs the file anyway, so nothing more is downloaded.
 */
import naskhArabic400 from './naskh-arabic-400.woff2?url';
import naskhArabic700 from './naskh-arabic-700.woff2?url';
import naskhLatin400 from './naskh-latin-400.woff2?url';

const PRELOAD_BY_LANG: Readonly<Record<string, readonly string[]>> = {
  ar: [naskhArabic400, naskhArabic700, naskhLatin400],
};

/** `<link rel="preload">` head entries for a page in `lang` (none for most languages). */
export function fontPreloads(lang: string) {
  return (PRELOAD_BY_LANG[lang] ?? []).map((href) => ({
    tag: 'link' as const,
    attrs: { rel: 'preload', href, as: 'font', type: 'font/woff2', crossorigin: '' },
  }));
}
