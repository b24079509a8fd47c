/*
 * Counted nouns in the UI strings. English has two plural forms, Arabic six (zero, one, two,
 * few for 3–10, many for 11–99, other for 100 and up): "درس واحد", "درسان", "3 دروس",
 * "11 درسًا", "100 درس". A counted string is a base key with one entry per form, e.g.
 * `count.lessons_one` … `count.lessons_other`; Starlight's i18next picks the form from
 * `Intl.PluralRules` when a component calls `t('count.lessons', { count })`.
 */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** The plural forms a language distinguishes, e.g. ['one', 'other'] for English. */
export function pluralCategories(lang: string): PluralCategory[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories as PluralCategory[];
}

/** The keys a language's table needs for one counted string. */
export function pluralKeys(base: string, lang: string): string[] {
  return pluralCategories(lang).map((category) => `${base}_${category}`);
}

/** Splits `count.lessons_few` into its base key and form, if it is a plural entry. */
export function parsePluralKey(key: string): { base: string; category: PluralCategory } | null {
  const match = /^(.+)_(zero|one|two|few|many|other)$/.exec(key);
  return match ? { base: match[1]!, category: match[2] as PluralCategory } : null;
}
