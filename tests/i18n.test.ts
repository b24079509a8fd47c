import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_STRING_KEYS } from '../src/i18n/ui-strings';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../src/i18n/locales';
import { CONTENT } from './support/content';

const table = (lang: Locale): Record<string, string> =>
  JSON.parse(readFileSync(join(CONTENT, 'i18n', `${lang}.json`), 'utf8'));

/** Starlight's own UI strings, as shipped in its package. */
async function starlightStrings(lang: string): Promise<Record<string, string>> {
  const module = await import(`../node_modules/@astrojs/starlight/dist/translations/${lang}.js`);
  return module.default;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each(LOCALES)('our UI strings in %s', (lang) => {
  const strings = table(lang);
  it('has every typed key, and no key the code does not know', () => {
    expect(Object.keys(strings).sort()).toEqual([...UI_STRING_KEYS].sort());
  });
  it('has no empty string', () => {
    expect(Object.entries(strings).filter(([, text]) => !text.trim())).toEqual([]);
  });
});

describe.each(LOCALES.slice(1))('the UI strings in %s', (lang) => {
  it('use the same {{placeholders}} as the default language in every string', () => {
    const base = table(DEFAULT_LOCALE);
    const translated = table(lang);
    const mismatched = UI_STRING_KEYS.filter(
      (key) => placeholders(base[key] ?? '').join() !== placeholders(translated[key] ?? '').join(),
    );
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
      /[A-Za-z]{3,}/.test(text.replace(/\{\{\w+\}\}/g, '')),
    );
    expect(latin).toEqual([]);
  });
});
