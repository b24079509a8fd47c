// @ts-check
import { existsSync, readFileSync } from 'node:fs';
/*
 * The course's languages: the one list that astro.config.mjs hands to Starlight and that the
 * site's code reads through src/i18n/locales.ts. The first entry is the default language,
 * served at the site root; every other one lives under /<code>/. Adding a language is one
 * entry here plus its content (docs/authoring.md, "Adding a language").
 */
export const LOCALE_CONFIG = /** @type {const} */ ([
  { code: 'en', label: 'English', dir: 'ltr', siteTitle: 'Second Look' },
  { code: 'ar', label: 'العربية', dir: 'rtl', siteTitle: 'نظرة ثانية' },
]);

/** Starlight's `locales`, `defaultLocale` and `title`, made from LOCALE_CONFIG. */
export function starlightLocales() {
  const [first, ...rest] = LOCALE_CONFIG;
  return {
    defaultLocale: 'root',
    locales: Object.fromEntries([
      ['root', { label: first.label, lang: first.code, dir: first.dir }],
      ...rest.map((l) => [l.code, { label: l.label, lang: l.code, dir: l.dir }]),
    ]),
    title: Object.fromEntries(LOCALE_CONFIG.map((l) => [l.code, l.siteTitle])),
  };
}

/**
 * A sidebar label in every language, from the UI string tables (src/content/i18n/<code>.json):
 * Starlight's `label` and `translations` for one key. A language without the key, or without
 * a table, shows the default language's label.
 * @returns {{ label: string, translations: Record<string, string> }}
 */
export function sidebarLabel(/** @type {string} */ key) {
  const [first, ...rest] = LOCALE_CONFIG.map((l) => ({
    code: l.code,
    text: uiString(l.code, key),
  }));
  if (!first.text) throw new Error(`src/content/i18n/${first.code}.json has no "${key}"`);
  return {
    label: first.text,
    translations: Object.fromEntries(rest.flatMap((l) => (l.text ? [[l.code, l.text]] : []))),
  };
}

/** @type {Map<string, Record<string, string>>} */
const tables = new Map();

function uiString(/** @type {string} */ code, /** @type {string} */ key) {
  if (!tables.has(code)) {
    const file = new URL(`../content/i18n/${code}.json`, import.meta.url);
    tables.set(code, existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {});
  }
  return tables.get(code)?.[key];
}
