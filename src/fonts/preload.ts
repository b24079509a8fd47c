/*
 * Font files each language's pages preload, so the text renders in its font on the first paint
 * instead of waiting for the stylesheet to ask for it. Keyed by the page's `lang`.
 */
import naskhArabic400 from './naskh-arabic-400.woff2?url';
import naskhLatin400 from './naskh-latin-400.woff2?url';

const PRELOAD_BY_LANG: Readonly<Record<string, readonly string[]>> = {
  ar: [naskhArabic400, naskhLatin400],
};

/** `<link rel="preload">` head entries for a page in `lang` (none for most languages). */
export function fontPreloads(lang: string) {
  return (PRELOAD_BY_LANG[lang] ?? []).map((href) => ({
    tag: 'link' as const,
    attrs: { rel: 'preload', href, as: 'font', type: 'font/woff2', crossorigin: '' },
  }));
}
