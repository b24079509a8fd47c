import { describe, expect, it } from 'vitest';
import type { Lesson } from '../src/schemas/lesson';
import type { Quiz } from '../src/schemas/quiz';
import {
  courseErrors,
  missingLessonFields,
  quizParityErrors,
  type LessonPage,
  type QuizFile,
} from '../src/utils/course-checks';

function lesson(overrides: Partial<Lesson> = {}): Lesson {
  return {
    lessonId: 'first',
    order: 1,
    objectives: ['Read a date.'],
    keyPoints: ['Dates matter.'],
    minutes: { selfStudy: 20, classroom: 50 },
    audience: '13+',
    contentNote: 'Mentions a war.',
    sources: [{ title: 'Report', publisher: 'Someone', date: '2017', url: 'https://example.org/' }],
    quiz: 'first',
    updated: '2026-11-25',
    ...overrides,
  };
}

function quiz(correct: 'a' | 'b' = 'a', ids = ['q1']): Quiz {
  return {
    title: 'Quiz',
    questions: ids.map((id) => ({
      id,
      type: 'single' as const,
      prompt: 'Which?',
      options: [
        { id: 'a', text: 'A', correct: correct === 'a', feedback: 'Because.' },
        { id: 'b', text: 'B', correct: correct === 'b', feedback: 'Because.' },
      ],
      explanation: 'Explained.',
    })),
  };
}

const page = (
  locale: 'en' | 'ar',
  data: Partial<Lesson> = lesson(),
  slug = 'lessons/first',
): LessonPage => ({
  file: `src/content/docs/${locale === 'ar' ? 'ar/' : ''}${slug}.mdx`,
  locale,
  slug,
  data,
});
const quizFile = (locale: 'en' | 'ar', data = quiz(), quizId = 'first'): QuizFile => ({
  file: `src/content/quizzes/${locale}/${quizId}.yaml`,
  locale,
  quizId,
  quiz: data,
});

describe('missingLessonFields', () => {
  it('names every missing field', () => {
    const { objectives: _o, sources: _s, ...rest } = lesson();
    expect(missingLessonFields(rest)).toEqual(['objectives', 'sources']);
  });
});

describe('courseErrors', () => {
  it('accepts a consistent bilingual course', () => {
    expect(courseErrors([page('en'), page('ar')], [quizFile('en'), quizFile('ar')])).toEqual([]);
  });

  it('names the file and the field a lesson leaves out', () => {
    const { contentNote: _c, ...withoutNote } = lesson();
    expect(
      courseErrors([page('en', withoutNote), page('ar')], [quizFile('en'), quizFile('ar')]),
    ).toEqual([
      'src/content/docs/lessons/first.mdx: the lesson field "contentNote" is missing from the frontmatter',
    ]);
  });

  it('fails when a lesson names a quiz that does not exist', () => {
    const errors = courseErrors(
      [page('en', lesson({ quiz: 'missing' })), page('ar', lesson({ quiz: 'missing' }))],
      [quizFile('en'), quizFile('ar')],
    );
    expect(errors).toContain(
      'src/content/docs/lessons/first.mdx: "quiz" names "missing" but src/content/quizzes/en/missing.yaml does not exist',
    );
  });

  it('fails when a lesson has no twin in the other language', () => {
    expect(courseErrors([page('en')], [quizFile('en'), quizFile('ar')])).toEqual([
      'src/content/docs/lessons/first.mdx: has no Arabic twin at src/content/docs/ar/lessons/first.mdx',
    ]);
  });

  it('fails when twins disagree on order or quiz', () => {
    const errors = courseErrors(
      [page('en'), page('ar', lesson({ order: 2 }))],
      [quizFile('en'), quizFile('ar')],
    );
    expect(errors).toEqual([
      'src/content/docs/ar/lessons/first.mdx: "order" is 2 but the English lesson says 1',
    ]);
  });

  it('fails when lessonId does not match the file name', () => {
    const errors = courseErrors(
      [page('en', lesson({ lessonId: 'other' })), page('ar')],
      [quizFile('en'), quizFile('ar')],
    );
    expect(errors[0]).toMatch(/"lessonId" is "other" but the file name says "first"/);
  });

  it('fails when two lessons share an order number', () => {
    const second = lesson({ lessonId: 'second', quiz: 'first' });
    const errors = courseErrors(
      [
        page('en'),
        page('en', second, 'lessons/second'),
        page('ar'),
        page('ar', second, 'lessons/second'),
      ],
      [quizFile('en'), quizFile('ar')],
    );
    expect(errors).toContain(
      'src/content/docs/lessons/second.mdx: "order" 1 is also used by src/content/docs/lessons/first.mdx',
    );
  });

  it('fails when a quiz exists in one language only', () => {
    expect(courseErrors([], [quizFile('en')])).toEqual([
      'src/content/quizzes/en/first.yaml: has no twin at src/content/quizzes/ar/first.yaml',
    ]);
  });
});

describe('quizParityErrors', () => {
  it('accepts identical structure', () => {
    expect(quizParityErrors('first', quiz('a'), quiz('a'), 'ar')).toEqual([]);
  });
  it('names a question whose correct answer differs between languages', () => {
    expect(quizParityErrors('first', quiz('a'), quiz('b'), 'ar')).toEqual([
      'quiz "first" (en/first.yaml vs ar/first.yaml), question "q1": correct answers differ (English: a; Arabic: b)',
    ]);
  });
  it('names differing question ids', () => {
    expect(
      quizParityErrors('first', quiz('a', ['q1', 'q2']), quiz('a', ['q1', 'q3']), 'ar')[0],
    ).toMatch(/question ids differ: English has \[q1, q2\], Arabic has \[q1, q3\]/);
  });
  it('names differing option ids', () => {
    const arabic = quiz('a');
    arabic.questions[0]!.options[1]!.id = 'c';
    expect(quizParityErrors('first', quiz('a'), arabic, 'ar')).toEqual([
      'quiz "first" (en/first.yaml vs ar/first.yaml), question "q1": option ids differ ([a|b] vs [a|c])',
    ]);
  });
});
