/*
 * Everything the site knows about its languages, read from one place
 * (src/i18n/locales.config.mjs, which also configures Starlight). No component names a
 * language: they ask this module for the locale of a page, its URL prefix, its direction.
 */
import { LOCALE_CONFIG } from './locales.config.mjs';

export type Locale = (typeof LOCALE_CONFIG)[number]['code'];
export type Direction = 'ltr' | 'rtl';

/** Every locale, the default (root) one first. */
export const LOCALES: readonly Locale[] = LOCALE_CONFIG.map((l) => l.code);
export const DEFAULT_LOCALE: Locale = LOCALES[0]!;

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

/** The locale of a page from its `lang` attribute; the default for anything else. */
export function localeOf(lang: string | undefined): Locale {
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

export function dirOf(locale: Locale): Direction {
  return LOCALE_CONFIG.find((l) => l.code === locale)!.dir;
}

/** The path prefix of a locale's pages: '' for the default, '/ar' for Arabic. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** The folder of a locale's pages inside the docs collection: '' or 'ar/'. */
export function docsFolder(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `${locale}/`;
}

/** Split a docs entry id such as `ar/lessons/x` into its locale and slug. */
export function splitDocId(id: string): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split('/');
  if (first !== DEFAULT_LOCALE && isLocale(first) && rest.length) {
    return { locale: first, slug: rest.join('/') };
  }
  return { locale: DEFAULT_LOCALE, slug: id };
}

/** Every locale but this one, in configured order. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}

/** The language's English name, for messages to authors ("Arabic", "French"). */
export function localeName(locale: Locale): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
}
