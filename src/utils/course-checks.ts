/*
 * Course-wide rules that no single file can check on its own: a lesson page declares every
 * lesson field, each lesson's quiz exists, every language carries the same lessons and the
 * same quizzes as the default one. Pure functions over plain data, so tests can feed them
 * broken input.
 */
import { LESSON_FIELDS, type Lesson } from '../schemas/lesson';
import type { Quiz } from '../schemas/quiz';
import { DEFAULT_LOCALE, LOCALES, docsFolder, localeName, type Locale } from '../i18n/locales';

export { LOCALES, type Locale };

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

/** Compare a translation of one quiz with the default language's version. */
export function quizParityErrors(
  quizId: string,
  baseQuiz: Quiz,
  translation: Quiz,
  locale: Locale,
): string[] {
  const errors: string[] = [];
  const base = localeName(DEFAULT_LOCALE);
  const other = localeName(locale);
  const where = `quiz "${quizId}" (${DEFAULT_LOCALE}/${quizId}.yaml vs ${locale}/${quizId}.yaml)`;
  const baseIds = baseQuiz.questions.map((q) => q.id);
  const otherIds = translation.questions.map((q) => q.id);
  if (baseIds.join('|') !== otherIds.join('|')) {
    errors.push(
      `${where}: question ids differ: ${base} has [${baseIds.join(', ')}], ${other} has [${otherIds.join(', ')}]`,
    );
    return errors;
  }
  baseQuiz.questions.forEach((baseQuestion, index) => {
    const otherQuestion = translation.questions[index]!;
    const at = `${where}, question "${baseQuestion.id}"`;
    if (baseQuestion.type !== otherQuestion.type) {
      errors.push(`${at}: type differs (${baseQuestion.type} vs ${otherQuestion.type})`);
    }
    const baseOptions = baseQuestion.options.map((o) => o.id).join('|');
    const otherOptions = otherQuestion.options.map((o) => o.id).join('|');
    if (baseOptions !== otherOptions) {
      errors.push(`${at}: option ids differ ([${baseOptions}] vs [${otherOptions}])`);
      return;
    }
    const baseCorrect = baseQuestion.options.filter((o) => o.correct).map((o) => o.id);
    const otherCorrect = otherQuestion.options.filter((o) => o.correct).map((o) => o.id);
    if (baseCorrect.join('|') !== otherCorrect.join('|')) {
      errors.push(
        `${at}: correct answers differ (${base}: ${baseCorrect.join(', ')}; ${other}: ${otherCorrect.join(', ')})`,
      );
    }
    // The quiz rules read this metadata, so every language must carry the same.
    const metadata = (q: Quiz['questions'][number]) =>
      JSON.stringify([q.skill, q.asks, q.case, q.options.map((o) => o.technique ?? null)]);
    if (metadata(baseQuestion) !== metadata(otherQuestion)) {
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

  // Every language carries the default language's lessons, in the same order.
  const bySlug = (locale: Locale) =>
    new Map(pages.filter((p) => p.locale === locale).map((p) => [p.slug, p]));
  const base = bySlug(DEFAULT_LOCALE);
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    const translated = bySlug(locale);
    for (const [slug, page] of base) {
      const twin = translated.get(slug);
      if (!twin) {
        errors.push(
          `${page.file}: has no ${localeName(locale)} twin at src/content/docs/${docsFolder(locale)}${slug}.mdx`,
        );
        continue;
      }
      for (const field of ['order', 'quiz', 'audience'] as const) {
        if (page.data[field] !== twin.data[field]) {
          errors.push(
            `${twin.file}: "${field}" is ${JSON.stringify(twin.data[field])} but the ${localeName(DEFAULT_LOCALE)} lesson says ${JSON.stringify(page.data[field])}`,
          );
        }
      }
    }
    for (const [slug, page] of translated) {
      if (!base.has(slug)) {
        errors.push(
          `${page.file}: has no ${localeName(DEFAULT_LOCALE)} twin at src/content/docs/${slug}.mdx`,
        );
      }
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

  // Every quiz exists in every language and each translation agrees with the default one.
  const quizIds = new Set(quizzes.map((q) => q.quizId));
  for (const quizId of quizIds) {
    const versions = LOCALES.map((locale) => quizIndex.get(`${locale}/${quizId}`));
    const present = versions.find((v) => v)!;
    LOCALES.forEach((locale, i) => {
      if (!versions[i]) {
        errors.push(`${present.file}: has no twin at src/content/quizzes/${locale}/${quizId}.yaml`);
      }
    });
    const [base, ...translations] = versions;
    if (!base) continue;
    translations.forEach((translation, i) => {
      if (translation) {
        errors.push(...quizParityErrors(quizId, base.quiz, translation.quiz, LOCALES[i + 1]!));
      }
    });
  }
  return errors;
}
