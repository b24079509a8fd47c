/*
 * Walks the course content as written: every lesson in both languages with its quiz, the
 * rules of the whole course (course-checks.ts, the same the build runs), and the editorial
 * rules that keep the course safe to use in a classroom.
 */
import { describe, expect, it } from 'vitest';
import { courseErrors } from '../src/utils/course-checks';
import { DEFAULT_LOCALE, LOCALES, docsFolder, localeName } from '../src/i18n/locales';
import { body, lessonFiles, loadLessonPages, loadQuizFiles } from './support/content';

const pages = loadLessonPages();
const quizzes = loadQuizFiles();
const quizOf = (locale: string, id: string) =>
  quizzes.find((q) => q.locale === locale && q.quizId === id)!;

describe('the course content', () => {
  it('breaks none of the course-wide rules', () => {
    expect(courseErrors(pages, quizzes)).toEqual([]);
  });

  it('has ten lessons in each language, numbered 1 to 10', () => {
    for (const locale of LOCALES) {
      const orders = pages
        .filter((p) => p.locale === locale)
        .map((p) => p.data.order)
        .sort((a, b) => a! - b!);
      expect(orders).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
  });

  describe.each(pages.map((p) => [`${p.locale}/${p.slug}`, p] as const))('%s', (_, page) => {
    const text = body(page.file);

    it('cites at least three sources, each in the text', () => {
      expect(page.data.sources!.length).toBeGreaterThanOrEqual(3);
      page.data.sources!.forEach((_, index) => {
        expect(text, `source [${index + 1}] is never cited`).toContain(`[${index + 1}]`);
      });
    });

    it('places its own quiz in the page', () => {
      expect(text).toContain(`<Quiz id="${page.data.quiz}" />`);
    });

    it('has a quiz of 6 to 8 questions', () => {
      const count = quizOf(page.locale, page.data.quiz!).quiz.questions.length;
      expect(count).toBeGreaterThanOrEqual(6);
      expect(count).toBeLessThanOrEqual(8);
    });

    it('is 1,200 to 2,100 words long', () => {
      const words = text
        .replace(/^import .*$/gm, '')
        .replace(/<[^>]+>/g, ' ')
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      expect(words).toBeGreaterThanOrEqual(1200);
      expect(words).toBeLessThanOrEqual(2100);
    });

    it('shows examples only inside an "invented example" box, and no outside media', () => {
      expect(text).toMatch(/<InventedExample\b/);
      expect(text).not.toMatch(/!\[[^\]]*\]\(\s*https?:/); // Markdown image from another origin
      expect(text).not.toMatch(/<(img|iframe|video|audio|embed|object|script)\b/i);
    });
  });

  it('keeps quiz answers out of "all/none of the above"', () => {
    const banned =
      /\b(all|none) of the above\b|جميع ما سبق|كل ما سبق|لا شيء مما سبق|جميع الإجابات/i;
    const offenders = quizzes.flatMap((q) =>
      q.quiz.questions.flatMap((question) =>
        question.options
          .filter((o) => banned.test(o.text))
          .map((o) => `${q.file}: ${question.id}.${o.id}`),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('spreads correct answers over positions in every quiz', () => {
    for (const { file, quiz } of quizzes.filter((q) => q.locale === 'en')) {
      const positions = new Set(
        quiz.questions
          .filter((q) => q.type === 'single')
          .map((q) => q.options.findIndex((o) => o.correct)),
      );
      expect(
        positions.size,
        `${file}: every correct answer is in the same position`,
      ).toBeGreaterThan(1);
    }
  });

  it.each(LOCALES.slice(1).map((l) => [localeName(l), l] as const))(
    'has a %s file for every lesson file of the default language',
    (_, locale) => {
      const names = (l: typeof locale) => lessonFiles(l).map((f) => f.split('/').pop());
      expect(names(locale)).toEqual(names(DEFAULT_LOCALE));
    },
  );
});

describe('every page of the course', () => {
  it('exists in every language under the same path', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const { join, relative } = await import('node:path');
    const { CONTENT } = await import('./support/content');
    const docs = join(CONTENT, 'docs');
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [relative(docs, path)];
      });
    const files = walk(docs);
    const translated = LOCALES.slice(1).map(docsFolder);
    const base = files.filter((f) => !translated.some((folder) => f.startsWith(folder)));
    for (const folder of translated) {
      const pages = files.filter((f) => f.startsWith(folder)).map((f) => f.slice(folder.length));
      expect(pages.sort(), folder).toEqual([...base].sort());
    }
  });
});
