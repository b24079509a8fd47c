/*
 * Each lesson and the before/after check keep their own invented handles and names: no @handle
 * in two of them, and no listed group, outlet or place (src/utils/invented-names.ts) outside its
 * own. A lesson is its page, its teacher guide, its quiz and the exercises that name it, in both
 * languages; the check is the three forms of check items. A failure names the handle and the
 * files of each place that uses it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  LISTED_NAMES,
  extractHandles,
  extractListedNames,
  findNameClashes,
  similarHandles,
  type ContentText,
} from '../src/utils/invented-names';
import { LOCALES, docsFolder } from '../src/i18n/locales';
import { CONTENT, lessonFiles } from './support/content';

const ROOT = join(CONTENT, '../..');
const read = (file: string) => readFileSync(file, 'utf8');
const yamlIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join(dir, f))
    : [];

function courseTexts(): ContentText[] {
  const entry = (file: string, owner: string) => ({
    file: relative(ROOT, file),
    owner,
    text: read(file),
  });
  return LOCALES.flatMap((locale) => {
    const lessons = lessonFiles(locale);
    const guides = lessons
      .map((f) => join(CONTENT, 'docs', `${docsFolder(locale)}teach`, basename(f)))
      .filter(existsSync);
    return [
      ...[...lessons, ...guides].map((f) => entry(f, basename(f, '.mdx'))),
      ...yamlIn(join(CONTENT, 'quizzes', locale)).map((f) => entry(f, basename(f, '.yaml'))),
      ...yamlIn(join(CONTENT, 'exercises', locale)).map((f) =>
        entry(f, String((parse(read(f)) as { lesson?: string }).lesson)),
      ),
      ...yamlIn(join(CONTENT, 'check-items', locale)).map((f) => entry(f, 'check')),
    ];
  });
}

describe('invented names in the course', () => {
  const texts = courseTexts();

  it('reads every lesson, guide, quiz, exercise and check form', () => {
    const owners = new Set(texts.map((t) => t.owner));
    expect(owners.size).toBe(11);
    expect(texts.filter((t) => t.owner === 'check')).toHaveLength(6);
  });

  // A renamed group must leave the list too, or the list stops protecting anything.
  it.each(
    Object.entries(LISTED_NAMES).flatMap(([owner, n]) =>
      [...n.en, ...n.ar].map((name) => [owner, name] as const),
    ),
  )('%s still uses its listed name %s', (owner, name) => {
    const own = texts.filter((t) => t.owner === owner);
    expect(own.some((t) => extractListedNames(t.text).includes(name))).toBe(true);
  });

  it('no handle or listed name is used by two lessons, or by a lesson and the check', () => {
    const clashes = findNameClashes(texts).map(
      (c) =>
        `${c.name}: ${c.owners.map((o) => `${o.owner} (${o.files.join(', ')})`).join(' and ')}`,
    );
    expect(clashes).toEqual([]);
  });
});

describe('extractHandles', () => {
  it.each([
    ['@lantern_circle · an invented violent group', ['@lantern_circle']],
    ['by @rana.bakes. Thanks', ['@rana.bakes']],
    ['Same as @Orbit_Coach and @orbit_coach', ['@orbit_coach']],
    ["import { Aside } from '@astrojs/starlight/components';", []],
    ['write to help@example.org or https://x.example/@someone', []],
    ['⁨@true_sons_of_the_valley⁩ · حساب', ['@true_sons_of_the_valley']],
  ])('%s', (text, expected) => {
    expect(extractHandles(text)).toEqual(expected);
  });
});

describe('extractListedNames', () => {
  const listed = { one: { en: ['Stone Gate'], ar: ['البوابة الحجرية'] } };
  it.each([
    ['a clip from the "Stone Gate"', ['Stone Gate']],
    ['Stonegate Road', []],
    ['مقطع من حساب «البوابة الحجرية»', ['البوابة الحجرية']],
    ['انضمّ للبوابة الحجرية', ['البوابة الحجرية']],
  ])('%s', (text, expected) => {
    expect(extractListedNames(text, listed)).toEqual(expected);
  });
});

describe('similarHandles', () => {
  it.each([
    ['@sons_of_the_valley', '@true_sons_of_the_valley', true],
    ['@harvest_moon_deals', '@harvest_moon_deals_2', true],
    ['@Lantern_Circle', '@lantern.circle', true],
    ['@patriot_4471', '@patriot_pulse', false],
    ['@valley_lads_united', '@valley_weather_fan', false],
    ['@the_valley', '@valley', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(similarHandles(a.toLowerCase(), b.toLowerCase())).toBe(expected);
  });
});

describe('findNameClashes', () => {
  it('reports similar handles used by different owners', () => {
    expect(
      findNameClashes([
        { file: 'q.yaml', owner: 'a', text: '@true_sons_of_the_valley' },
        { file: 'c.yaml', owner: 'check', text: '@sons_of_the_valley' },
      ]).map((c) => c.name),
    ).toEqual(['@sons_of_the_valley ~ @true_sons_of_the_valley']);
  });

  const listed = { a: { en: ['Stone Gate'], ar: [] } };
  it('reports a handle used by two owners, with each owner and its files', () => {
    expect(
      findNameClashes(
        [
          { file: 'x.yaml', owner: 'a', text: '@same_handle' },
          { file: 'y.yaml', owner: 'a', text: '@same_handle' },
          { file: 'z.yaml', owner: 'check', text: 'by @Same_Handle' },
        ],
        listed,
      ),
    ).toEqual([
      {
        name: '@same_handle',
        owners: [
          { owner: 'a', files: ['x.yaml', 'y.yaml'] },
          { owner: 'check', files: ['z.yaml'] },
        ],
      },
    ]);
  });

  it('reports a listed name outside its owner, even used by one other owner only', () => {
    expect(
      findNameClashes([{ file: 'z.yaml', owner: 'b', text: 'the Stone Gate' }], listed),
    ).toEqual([{ name: 'Stone Gate', owners: [{ owner: 'b', files: ['z.yaml'] }] }]);
  });

  it('accepts a handle and a name used within one owner', () => {
    expect(
      findNameClashes(
        [
          { file: 'x.yaml', owner: 'a', text: '@one the Stone Gate' },
          { file: 'y.mdx', owner: 'a', text: '@one' },
        ],
        listed,
      ),
    ).toEqual([]);
  });
});
