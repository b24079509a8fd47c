/*
 * Counted UI strings in both languages, formatted as the site formats them: with an i18next
 * instance holding our tables, as Starlight's `t()` does (see src/i18n/plural.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePluralKey, pluralCategories, pluralKeys } from '../src/i18n/plural';
import { ALL_STRING_KEYS, PLURAL_STRING_KEYS } from '../src/i18n/ui-strings';
import { CONTENT } from './support/content';

const LANGS = ['en', 'ar'] as const;
const table = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(CONTENT, 'i18n', `${lang}.json`), 'utf8'));

let t: Record<(typeof LANGS)[number], (key: string, options: { count: number }) => string>;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: Object.fromEntries(LANGS.map((l) => [l, { starlight: table(l) }])),
    fallbackLng: 'en',
  });
  t = {
    en: i18n.getFixedT('en', 'starlight'),
    ar: i18n.getFixedT('ar', 'starlight'),
  };
});

describe('plural forms', () => {
  it('are six in Arabic and two in English', () => {
    expect(pluralCategories('ar').sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(pluralCategories('en').sort()).toEqual(['one', 'other']);
    expect(parsePluralKey('count.lessons_few')).toEqual({ base: 'count.lessons', category: 'few' });
    expect(parsePluralKey('lesson.number')).toBeNull();
  });

  it.each(LANGS)('are all in the %s table, and only those', (lang) => {
    const keys = Object.keys(table(lang));
    for (const base of PLURAL_STRING_KEYS) {
      const present = keys.filter((k) => parsePluralKey(k)?.base === base);
      expect(present.sort(), base).toEqual(pluralKeys(base, lang).sort());
    }
    const strays = keys.filter((k) => {
      const plural = parsePluralKey(k);
      return (
        plural &&
        !(PLURAL_STRING_KEYS as readonly string[]).includes(plural.base) &&
        !(ALL_STRING_KEYS as readonly string[]).includes(k)
      );
    });
    expect(strays).toEqual([]);
  });
});

describe('counted strings in Arabic', () => {
  const counts = [0, 1, 2, 3, 11, 100];
  it.each([
    ['count.lessons', ['0 درس', 'درس واحد', 'درسان', '3 دروس', '11 درسًا', '100 درس']],
    ['count.minutes', ['0 دقيقة', 'دقيقة واحدة', 'دقيقتان', '3 دقائق', '11 دقيقة', '100 دقيقة']],
    ['count.hours', ['0 ساعة', 'ساعة واحدة', 'ساعتان', '3 ساعات', '11 ساعة', '100 ساعة']],
    ['count.characters', ['0 حرف', 'حرف واحد', 'حرفان', '3 أحرف', '11 حرفًا', '100 حرف']],
  ])('%s', (key, expected) => {
    expect(counts.map((count) => t.ar(key, { count }))).toEqual(expected);
  });

  it('use the 3–10 form again from 103, and the 11–99 form from 111', () => {
    expect(t.ar('count.lessons', { count: 103 })).toBe('103 دروس');
    expect(t.ar('count.lessons', { count: 111 })).toBe('111 درسًا');
  });
});

describe('counted strings in English', () => {
  it.each([
    [
      'count.lessons',
      ['0 lessons', '1 lesson', '2 lessons', '3 lessons', '11 lessons', '100 lessons'],
    ],
    [
      'count.minutes',
      ['0 minutes', '1 minute', '2 minutes', '3 minutes', '11 minutes', '100 minutes'],
    ],
  ])('%s', (key, expected) => {
    expect([0, 1, 2, 3, 11, 100].map((count) => t.en(key, { count }))).toEqual(expected);
  });
});
