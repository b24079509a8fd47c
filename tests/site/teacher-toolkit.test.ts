/*
 * The teacher toolkit as built: a guide beside every lesson with its plans and an answer key
 * that matches the quiz file, the schedule's totals, short links, and the print pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../src/schemas/quiz';
import { guideSchema, PLAN_FORMATS } from '../../src/schemas/guide';
import { planMinutes } from '../../src/utils/guide-checks';
import { CONTENT, frontmatter } from '../support/content';
import { LESSON_SLUGS } from '../support/lesson-slugs';
import { loadPage } from './dist';

const prefix = (locale: 'en' | 'ar') => (locale === 'ar' ? 'ar/' : '');
const quizFile = (locale: 'en' | 'ar', slug: string) =>
  quizSchema.parse(parse(readFileSync(join(CONTENT, 'quizzes', locale, `${slug}.yaml`), 'utf8')));
const guideFile = (locale: 'en' | 'ar', slug: string) =>
  guideSchema.parse(frontmatter(join(CONTENT, 'docs', `${prefix(locale)}teach/${slug}.mdx`)).guide);

describe.each(['en', 'ar'] as const)('in %s', (locale) => {
  describe.each(LESSON_SLUGS)('the teacher guide of %s', (slug) => {
    const document = loadPage(`${prefix(locale)}teach/${slug}/index.html`);

    it('is linked from its lesson', () => {
      const lesson = loadPage(`${prefix(locale)}lessons/${slug}/index.html`);
      const link = lesson.querySelector('.lesson-guide-link a')!;
      expect(link.getAttribute('href')).toBe(`/${prefix(locale)}teach/${slug}/`);
    });

    it('shows three timed plans whose steps add up', () => {
      const tables = [...document.querySelectorAll('table.plan-table')];
      expect(tables.map((t) => t.getAttribute('data-format'))).toEqual(PLAN_FORMATS);
      const guide = guideFile(locale, slug);
      for (const table of tables) {
        const format = table.getAttribute('data-format') as (typeof PLAN_FORMATS)[number];
        const minutes = [...table.querySelectorAll('tbody tr')].map((row) =>
          Number(row.children[1]!.textContent),
        );
        expect(minutes.reduce((a, b) => a + b, 0)).toBe(planMinutes(guide, format));
        expect(table.querySelector('caption')!.textContent).toContain(
          String(planMinutes(guide, format)),
        );
      }
    });

    it('has the safeguarding guidance with a referral chart to fill in', () => {
      const safeguarding = document.querySelector('.guide-safeguarding')!;
      expect(safeguarding.querySelectorAll('ol li').length).toBeGreaterThanOrEqual(5);
      expect(safeguarding.querySelector('table')!.textContent).toContain('……………');
    });

    it('has an answer key made from the quiz file, every option with its reason', () => {
      const quiz = quizFile(locale, slug);
      const items = [...document.querySelectorAll('.answer-key > li')];
      expect(items).toHaveLength(quiz.questions.length);
      quiz.questions.forEach((question, index) => {
        const options = [...items[index]!.querySelectorAll('ul > li')];
        expect(options.map((o) => o.hasAttribute('data-correct'))).toEqual(
          question.options.map((o) => o.correct),
        );
        question.options.forEach((option, i) =>
          expect(options[i]!.textContent).toContain(option.feedback),
        );
        expect(items[index]!.textContent).toContain(question.explanation);
      });
    });

    it('prints a short link and a QR code back to the lesson', () => {
      const order = LESSON_SLUGS.indexOf(slug) + 1;
      expect(document.querySelector('.print-short-url')!.textContent).toMatch(
        new RegExp(`/${prefix(locale)}l/${order}/$`),
      );
      expect(document.querySelector('.print-qr svg')).not.toBeNull();
    });
  });

  it('adds up the whole course on the schedule page', () => {
    const document = loadPage(`${prefix(locale)}teach/schedule/index.html`);
    const totals = [...document.querySelectorAll('tfoot td')].map((td) =>
      Number(/\d+/.exec(td.textContent!)![0]),
    );
    const expected = PLAN_FORMATS.map((format) =>
      LESSON_SLUGS.reduce((sum, slug) => sum + planMinutes(guideFile(locale, slug), format), 0),
    );
    expect(totals).toEqual(expected);
    expect(document.querySelectorAll('tbody tr')).toHaveLength(LESSON_SLUGS.length);
  });

  it.each(LESSON_SLUGS.map((slug, i) => [i + 1, slug] as const))(
    'forwards the short link /l/%i/ to its lesson',
    (n, slug) => {
      const document = loadPage(`${prefix(locale)}l/${n}/index.html`);
      const target = `/${prefix(locale)}lessons/${slug}/`;
      expect(document.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(
        `0; url=${target}`,
      );
      expect(document.querySelector('main a')!.getAttribute('href')).toBe(target);
      expect(document.documentElement.getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    },
  );

  it('prints every answer key on one page', () => {
    const document = loadPage(`${prefix(locale)}teach/answer-keys/index.html`);
    expect(document.querySelectorAll('.answer-key')).toHaveLength(LESSON_SLUGS.length);
  });

  it('prints the whole course: every lesson with its worksheet, then the glossary', () => {
    const document = loadPage(`${prefix(locale)}print/index.html`);
    const lessons = [...document.querySelectorAll('article.print-lesson')];
    expect(lessons).toHaveLength(LESSON_SLUGS.length);
    for (const lesson of lessons)
      expect(lesson.querySelectorAll('course-quiz fieldset').length).toBeGreaterThanOrEqual(6);
    expect(document.querySelectorAll('.glossary-entry').length).toBeGreaterThanOrEqual(28);
    // Ids that labels point to are unique, so each lesson's boxes keep their own names.
    const referenced = [...document.querySelectorAll('[aria-labelledby], label[for]')].flatMap(
      (e) => (e.getAttribute('aria-labelledby') ?? e.getAttribute('for'))!.split(/\s+/),
    );
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(referenced.filter((id) => ids.filter((other) => other === id).length !== 1)).toEqual([]);
    // Progress from the printed page's quizzes is kept under the right lesson.
    expect(
      [...document.querySelectorAll('course-quiz')].map((q) => q.getAttribute('data-lesson')),
    ).toEqual(LESSON_SLUGS);
  });
});
