/*
 * One definition of a lesson: the zod schema. The type, the required fields and the optional
 * collection fields all come from it. A source's address can only be a web address.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'astro/zod';
import {
  LESSON_FIELDS,
  lessonFields,
  lessonSchema,
  sourceSchema,
  type Lesson,
} from '../src/schemas/lesson';
import { missingLessonFields } from '../src/utils/course-checks';

const source = { title: 'Report', publisher: 'Someone', date: '2017', url: 'https://example.org/' };
const lesson: Lesson = {
  lessonId: 'first',
  order: 1,
  objectives: ['Read a date.'],
  keyPoints: ['Dates matter.'],
  minutes: { selfStudy: 20, classroom: 50 },
  audience: '13+',
  contentNote: 'Mentions a war.',
  sources: [source],
  quiz: 'first',
  updated: '2026-11-25',
};

describe('a source address', () => {
  it.each(['https://example.org/report', 'http://example.org/old-page', 'HTTPS://EXAMPLE.ORG/'])(
    'accepts the web address %s',
    (url) => {
      expect(sourceSchema.safeParse({ ...source, url }).success).toBe(true);
    },
  );

  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    'http:example.org',
  ])('refuses %s, naming the field', (url) => {
    const result = sourceSchema.safeParse({ ...source, url });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['url', 'url must be a web address starting with https:// or http://'],
    ]);
  });

  it('is checked inside a lesson, with the path of the source', () => {
    const result = lessonSchema.safeParse({
      ...lesson,
      sources: [source, { ...source, url: 'javascript:alert(1)' }],
    });
    expect(result.error!.issues[0]!.path).toEqual(['sources', 1, 'url']);
  });
});

describe('one definition of a lesson', () => {
  it('takes a complete lesson', () => {
    expect(lessonSchema.parse(lesson)).toEqual(lesson);
  });

  it('requires every field it defines, and a lesson page must declare each of them', () => {
    expect(LESSON_FIELDS).toEqual(Object.keys(lessonSchema.shape));
    expect(missingLessonFields({})).toEqual(LESSON_FIELDS);
    for (const field of LESSON_FIELDS) {
      const { [field]: _, ...rest } = lesson;
      expect(lessonSchema.safeParse(rest).success, field).toBe(false);
      expect(missingLessonFields(rest)).toEqual([field]);
    }
  });

  it('offers the same fields, optional, to the docs collection', () => {
    expect(Object.keys(lessonFields)).toEqual(LESSON_FIELDS);
    expect(z.object(lessonFields).parse({})).toEqual({});
    expect(z.object(lessonFields).safeParse({ audience: 'all ages' }).success).toBe(false);
  });

  it('derives the Lesson type from the schema', () => {
    expectTypeOf<Lesson>().toEqualTypeOf<z.output<typeof lessonSchema>>();
  });
});
