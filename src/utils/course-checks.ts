/*
 * Course-wide rules that no single file can check on its own: a lesson page declares every
 * lesson field, each lesson's quiz exists, English and Arabic carry the same lessons and the
 * same quizzes. Pure functions over plain data, so tests can feed them broken input.
 */
import { LESSON_FIELDS, type Lesson } from '../schemas/lesson';
import type { Quiz } from '../schemas/quiz';

export const LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export interface LessonPage {
  /** Path of the source file, for error messages. */
  file: string;
  locale: Locale;
  /** The page's slug without the locale, e.g. `lessons/territory-to-timeline`. */
  slug: string;
  data: Partial<Lesson> & { title?: string; description?: string };
}

export interface QuizFile {
  file: string;
  locale: Locale;
  quizId: string;
  quiz: Quiz;
}

/** Fields a lesson page is missing, in the order authors write them. */
export function missingLessonFields(data: Partial<Lesson>): string[] {
  return LESSON_FIELDS.filter((field) => data[field] === undefined);
}

/** Is this docs page a lesson? Lessons live in `lessons/` in every language. */
export function isLessonSlug(slug: string): boolean {
  return /^lessons\/[^/]+$/.test(slug);
}

/** Compare the English and Arabic versions of one quiz. */
export function quizParityErrors(quizId: string, en: Quiz, ar: Quiz): string[] {
  const errors: string[] = [];
  const where = `quiz "${quizId}" (en/${quizId}.yaml vs ar/${quizId}.yaml)`;
  const enIds = en.questions.map((q) => q.id);
  const arIds = ar.questions.map((q) => q.id);
  if (enIds.join('|') !== arIds.join('|')) {
    errors.push(
      `${where}: question ids differ: English has [${enIds.join(', ')}], Arabic has [${arIds.join(', ')}]`,
    );
    return errors;
  }
  en.questions.forEach((enQuestion, index) => {
    const arQuestion = ar.questions[index]!;
    const at = `${where}, question "${enQuestion.id}"`;
    if (enQuestion.type !== arQuestion.type) {
      errors.push(`${at}: type differs (${enQuestion.type} vs ${arQuestion.type})`);
    }
    const enOptions = enQuestion.options.map((o) => o.id).join('|');
    const arOptions = arQuestion.options.map((o) => o.id).join('|');
    if (enOptions !== arOptions) {
      errors.push(`${at}: option ids differ ([${enOptions}] vs [${arOptions}])`);
      return;
    }
    const enCorrect = enQuestion.options.filter((o) => o.correct).map((o) => o.id);
    const arCorrect = arQuestion.options.filter((o) => o.correct).map((o) => o.id);
    if (enCorrect.join('|') !== arCorrect.join('|')) {
      errors.push(
        `${at}: correct answers differ (English: ${enCorrect.join(', ')}; Arabic: ${arCorrect.join(', ')})`,
      );
    }
    // The quiz rules read this metadata, so both languages must carry the same.
    const metadata = (q: Quiz['questions'][number]) =>
      JSON.stringify([q.skill, q.asks, q.case, q.options.map((o) => o.technique ?? null)]);
    if (metadata(enQuestion) !== metadata(arQuestion)) {
      errors.push(`${at}: skill, asks, case or option techniques differ`);
    }
  });
  return errors;
}

/** Every course-wide error, each naming the file and the field to fix. */
export function courseErrors(pages: LessonPage[], quizzes: QuizFile[]): string[] {
  const errors: string[] = [];
  const quizIndex = new Map(quizzes.map((q) => [`${q.locale}/${q.quizId}`, q]));

  for (const page of pages) {
    for (const field of missingLessonFields(page.data)) {
      errors.push(`${page.file}: the lesson field "${field}" is missing from the frontmatter`);
    }
    const expectedId = page.slug.replace(/^lessons\//, '');
    if (page.data.lessonId !== undefined && page.data.lessonId !== expectedId) {
      errors.push(
        `${page.file}: "lessonId" is "${page.data.lessonId}" but the file name says "${expectedId}"; they must match so every language shares one URL`,
      );
    }
    if (page.data.quiz !== undefined && !quizIndex.has(`${page.locale}/${page.data.quiz}`)) {
      errors.push(
        `${page.file}: "quiz" names "${page.data.quiz}" but src/content/quizzes/${page.locale}/${page.data.quiz}.yaml does not exist`,
      );
    }
  }

  // Both languages carry the same lessons, in the same order.
  const bySlug = (locale: Locale) =>
    new Map(pages.filter((p) => p.locale === locale).map((p) => [p.slug, p]));
  const en = bySlug('en');
  const ar = bySlug('ar');
  for (const [slug, page] of en) {
    const twin = ar.get(slug);
    if (!twin) {
      errors.push(`${page.file}: has no Arabic twin at src/content/docs/ar/${slug}.mdx`);
      continue;
    }
    for (const field of ['order', 'quiz', 'audience'] as const) {
      if (page.data[field] !== twin.data[field]) {
        errors.push(
          `${twin.file}: "${field}" is ${JSON.stringify(twin.data[field])} but the English lesson says ${JSON.stringify(page.data[field])}`,
        );
      }
    }
  }
  for (const [slug, page] of ar) {
    if (!en.has(slug)) {
      errors.push(`${page.file}: has no English twin at src/content/docs/${slug}.mdx`);
    }
  }

  // Lesson order numbers are unique within a language.
  for (const locale of LOCALES) {
    const seen = new Map<number, string>();
    for (const page of pages.filter((p) => p.locale === locale)) {
      const order = page.data.order;
      if (order === undefined) continue;
      const other = seen.get(order);
      if (other) errors.push(`${page.file}: "order" ${order} is also used by ${other}`);
      else seen.set(order, page.file);
    }
  }

  // Every quiz exists in both languages and the two versions agree.
  const quizIds = new Set(quizzes.map((q) => q.quizId));
  for (const quizId of quizIds) {
    const enQuiz = quizIndex.get(`en/${quizId}`);
    const arQuiz = quizIndex.get(`ar/${quizId}`);
    if (!enQuiz || !arQuiz) {
      const present = (enQuiz ?? arQuiz)!;
      const missing = enQuiz ? 'ar' : 'en';
      errors.push(`${present.file}: has no twin at src/content/quizzes/${missing}/${quizId}.yaml`);
      continue;
    }
    errors.push(...quizParityErrors(quizId, enQuiz.quiz, arQuiz.quiz));
  }
  return errors;
}
