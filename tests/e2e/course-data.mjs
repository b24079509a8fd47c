/*
 * What the browser tests expect, read from the course's own data rather than written into the
 * tests: the number of lessons, our UI strings (src/content/i18n/<locale>.json) and Starlight's.
 * Reword a string or add a lesson and the tests follow.
 */
import { readFileSync } from 'node:fs';
import { LESSON_SLUGS } from './lesson-slugs.mjs';

export const LESSON_COUNT = LESSON_SLUGS.length;

const ROOT = new URL('../../', import.meta.url);
const tables = {};
const fill = (text, values) => text.replace(/\{\{(\w+)\}\}/g, (_, name) => String(values[name]));

/** One of our UI strings, with its {{placeholders}} filled: ui('en', 'lesson.number', { n: 1 }). */
export function ui(locale, key, values = {}) {
  tables[locale] ??= JSON.parse(
    readFileSync(new URL(`src/content/i18n/${locale}.json`, ROOT), 'utf8'),
  );
  const text = tables[locale][key];
  if (text === undefined) throw new Error(`no UI string "${key}" in ${locale}.json`);
  return fill(text, values);
}

/** One of Starlight's own UI strings, as its package ships them. */
export async function starlightUi(locale, key) {
  const { default: strings } = await import(
    new URL(`node_modules/@astrojs/starlight/dist/translations/${locale}.js`, ROOT).href
  );
  return strings[key];
}

/** A lesson's frontmatter field, read from its English file (numbers and plain strings only). */
export function lessonField(slug, path) {
  const text = readFileSync(new URL(`src/content/docs/lessons/${slug}.mdx`, ROOT), 'utf8');
  const match = new RegExp(`\\b${path}:\\s*([^,}\\n]+)`).exec(text);
  if (!match) throw new Error(`lessons/${slug}.mdx has no "${path}"`);
  return match[1].trim();
}
