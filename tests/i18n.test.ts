import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_STRING_KEYS, PLURAL_STRING_KEYS } from '../src/i18n/ui-strings';
import { parsePluralKey } from '../src/i18n/plural';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../src/i18n/locales';
import { CONTENT } from './support/content';

const table = (lang: Locale): Record<string, string> =>
  JSON.parse(readFileSync(join(CONTENT, 'i18n', `${lang}.json`), 'utf8'));

/** Starlight's own UI strings, as shipped in its package. */
async function starlightStrings(lang: string): Promise<Record<string, string>> {
  const module = await import(`../node_modules/@astrojs/starlight/dist/translations/${lang}.js`);
  return module.default;
}

/** {{name}} placeholders (ours and Starlight's) and [NAME] placeholders (Pagefind's). */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}|\[([A-Z_]+)\]/g)].map((m) => m[1] ?? m[2]).sort();
const withoutPlaceholders = (text: string) => text.replace(/\{\{\w+\}\}|\[[A-Z_]+\]/g, '');

describe.each(LOCALES)('our UI strings in %s', (lang) => {
  const strings = table(lang);
  it('has every typed key, and no key the code does not know', () => {
    // Counted strings have one key per plural form; tests/plural.test.ts checks those.
    const counted = (key: string) =>
      (PLURAL_STRING_KEYS as readonly string[]).includes(parsePluralKey(key)?.base ?? '');
    const singleKeys = Object.keys(strings).filter((key) => !counted(key));
    expect(singleKeys.sort()).toEqual([...ALL_STRING_KEYS].sort());
  });
  it('has no empty string', () => {
    expect(Object.entries(strings).filter(([, text]) => !text.trim())).toEqual([]);
  });
});

describe.each(LOCALES.slice(1))('the UI strings in %s', (lang) => {
  it('use the same {{placeholders}} as the default language in every string', () => {
    const base = table(DEFAULT_LOCALE);
    const translated = table(lang);
    // A singular may spell its number out ("نتيجة واحدة"), so it may leave out the count.
    const mismatched = ALL_STRING_KEYS.filter((key) => {
      const singular = /[._]one(_|$)/.test(key);
      const drop = (names: string[]) =>
        singular ? names.filter((n) => n !== 'count' && n !== 'COUNT') : names;
      return (
        drop(placeholders(base[key] ?? '')).join() !==
        drop(placeholders(translated[key] ?? '')).join()
      );
    });
    expect(mismatched).toEqual([]);
  });
});

describe('the Arabic UI strings', () => {
  it("cover every one of Starlight's own strings in Arabic", async () => {
    const en = await starlightStrings('en');
    const ar = { ...(await starlightStrings('ar')), ...table('ar') };
    expect(Object.keys(en).filter((key) => !ar[key]?.trim())).toEqual([]);
  });

  it('put no Latin-script UI text in the Arabic table except names', () => {
    const ar = table('ar');
    const latin = Object.entries(ar).filter(([, text]) =>
      /[A-Za-z]{3,}/.test(withoutPlaceholders(text)),
    );
    expect(latin).toEqual([]);
  });

  it("leave none of Starlight's or Pagefind's interface in English on Arabic pages", async () => {
    const ar = { ...(await starlightStrings('ar')), ...table('ar') };
    // Key names, not words: "Ctrl" on the keyboard and the name "Starlight".
    const names = /\b(Ctrl|Starlight)\b/g;
    const english = Object.entries(ar).filter(([, text]) =>
      /[A-Za-z]{3,}/.test(withoutPlaceholders(text).replace(names, '')),
    );
    expect(english).toEqual([]);
  });
});
