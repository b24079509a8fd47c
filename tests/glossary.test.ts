/*
 * The glossary names every technique and key term once, in both languages, and points to a
 * lesson that exists; the technique names are word for word those the techniques lesson uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../src/schemas/glossary';
import { TECHNIQUES } from '../src/schemas/quiz';
import { CONTENT, body, lessonDir } from './support/content';
import { LESSON_SLUGS } from './support/lesson-slugs';

const glossary = glossarySchema.parse(
  parse(readFileSync(join(CONTENT, 'glossary/terms.yaml'), 'utf8')),
);
const FUNNEL = ['target', 'trust', 'isolate', 'pressure'];

describe('the glossary', () => {
  it('has about thirty terms with unique ids and names', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(28);
    for (const key of ['id', 'en', 'ar'] as const) {
      const names = glossary.terms.map((t) => (key === 'id' ? t.id : t[key].term));
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    }
  });

  it('includes every technique and every stage of the recruitment funnel', () => {
    const ids = glossary.terms.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining([...TECHNIQUES, ...FUNNEL]));
  });

  it.each(glossary.terms.map((t) => [t.id, t] as const))(
    '%s links to a lesson that exists',
    (_, term) => {
      expect(LESSON_SLUGS).toContain(term.lesson);
    },
  );

  it.each(['en', 'ar'] as const)(
    'uses, in %s, the technique names the techniques lesson uses as its headings',
    (locale) => {
      const lesson = body(join(lessonDir(locale), 'manipulation-techniques.mdx'));
      const headings = [...lesson.matchAll(/^### \d+\. (.+)$/gm)].map((m) => m[1]!.trim());
      const names = TECHNIQUES.map((id) => glossary.terms.find((t) => t.id === id)![locale].term);
      expect(headings).toEqual(names);
    },
  );

  it.each(['en', 'ar'] as const)('names, in %s, the funnel stages as lesson 5 does', (locale) => {
    const lesson = body(join(lessonDir(locale), 'post-to-private-chat.mdx'));
    for (const id of FUNNEL) {
      expect(lesson).toContain(glossary.terms.find((t) => t.id === id)![locale].term);
    }
  });
});
