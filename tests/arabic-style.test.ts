/*
 * The Arabic style sheet (docs/arabic-style.md), checked over every Arabic content file and UI
 * string: group names in quotation marks, one spelling of كرايستشيرش, one month convention, no
 * raw ISO dates, the Arabic comma, companies feminine, «مُختلَق» for "invented". Exercises and check
 * items are read too. A failure names the file, the line or
 * field, what was found and the fix.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkArabicStyle } from '../src/utils/arabic-style';
import { CONTENT } from './support/content';

const ROOT = join(CONTENT, '../..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Fields whose text is not ours to restyle: addresses, dates, ids, titles quoted verbatim. */
const VERBATIM = new Set(['url', 'date', 'updated', 'lessonId', 'quiz', 'id', 'lesson', 'kind']);

/** Every string in a YAML value, with the path of the field it sits in. */
function strings(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, String(i)]));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const isSource = 'url' in record && 'publisher' in record;
    return Object.entries(record)
      .filter(([key]) => !VERBATIM.has(key) && !(isSource && key === 'title'))
      .flatMap(([key, v]) => strings(v, [...path, key]));
  }
  return [];
}

/** The pieces of Arabic text of one file, each with where it is. */
function texts(file: string): [string, string][] {
  const source = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return Object.entries(JSON.parse(source) as Record<string, string>);
  if (file.endsWith('.yaml')) {
    const data = parse(source) as unknown;
    // The glossary keeps both languages in one file: only its Arabic halves are Arabic.
    const arabic = file.includes('/glossary/')
      ? strings(data).filter(([path]) => /(^|\.)ar(\.|$)/.test(path))
      : strings(data);
    return arabic;
  }
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const front = match ? strings(parse(match[1]!)).map(([p, t]) => [`frontmatter ${p}`, t]) : [];
  const bodyStart = match ? match[0].split('\n').length - 1 : 0;
  let inCode = false;
  const body = source
    .split('\n')
    .slice(bodyStart)
    .flatMap((line, i): [string, string][] => {
      if (/^\s*```/.test(line)) inCode = !inCode;
      if (inCode || /^(import|export) /.test(line)) return [];
      return [[`line ${bodyStart + i + 1}`, line]];
    });
  return [...(front as [string, string][]), ...body];
}

const FILES = [
  ...walk(join(CONTENT, 'docs/ar')),
  ...walk(join(CONTENT, 'quizzes/ar')),
  ...walk(join(CONTENT, 'exercises/ar')),
  ...walk(join(CONTENT, 'check-items/ar')),
  join(CONTENT, 'glossary/terms.yaml'),
  join(CONTENT, 'i18n/ar.json'),
  ...walk(join(ROOT, 'src/partials/ar')),
].filter((f) => /\.(mdx|md|yaml|json)$/.test(f));

describe('Arabic style', () => {
  it('finds the Arabic files', () => {
    expect(FILES.length).toBeGreaterThan(40);
    expect(FILES.some((f) => f.includes('/exercises/ar/'))).toBe(true);
    expect(FILES.some((f) => f.includes('/check-items/ar/'))).toBe(true);
  });

  it.each(FILES.map((f) => relative(ROOT, f)))('%s follows docs/arabic-style.md', (file) => {
    const issues = texts(join(ROOT, file)).flatMap(([where, text]) =>
      checkArabicStyle(text).map((i) => `${where}: ${i.rule}: “${i.found}” → ${i.fix}`),
    );
    expect(issues).toEqual([]);
  });
});

describe('checkArabicStyle', () => {
  const rules = (text: string) => checkArabicStyle(text).map((i) => i.rule);
  it.each([
    ['أصدر تنظيم «الدولة الإسلامية» («داعش») مجلة.', []],
    ['أصدر تنظيم الدولة الإسلامية مجلة.', ['group name without quotation marks']],
    ['حسابات لداعش على فيسبوك', ['group name without quotation marks']],
    ['قالت الصحيفة: «2 مليون حساب لداعش على فيسبوك».', []],
    ['حسابات لـ«داعش» في كرايستشيرش', []],
    ['هجوم كرايستشرش', ['spelling of Christchurch']],
    ['في يوليو/تموز 2014', ['month name']],
    ['في أيلول 2017', ['month name']],
    ['نُشر في 2017-11-03.', ['ISO date in Arabic text']],
    ['الحذف, والحظر', ['Latin comma in an Arabic sentence']],
    ['Facebook, Twitter', []],
    ['أعلن تيليغرام أنه حجب 78 قناة', ['company treated as masculine']],
    ['أعلنت تيليغرام أنها حجبت 78 قناة', []],
    ['حساب متخيَّل على طريقة اليمين المتطرف', ['word for invented']],
    ['كل المحادثات فيه مُتخيَّلة وهادئة', ['word for invented']],
    ['الأمثلة المتخيلة في هذه الدورة', ['word for invented']],
    ['جماعة عنيفة مُختلَقة، وأمثلة مختلَقة', []],
    ['تخيّل مدينة يتساوى فيها الجميع', []],
    ['**\u200E@snack_scoop** · قبل ساعة', ['typed direction mark']],
    ['**@snack_scoop** · قبل ساعة', []],
  ])('%s', (text, expected) => {
    expect(rules(text)).toEqual(expected);
  });
});
