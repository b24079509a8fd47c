/*
 * The course as the site sees it: lessons in order per language, their quizzes, the
 * glossary. Loaded from the content collections once per build, and checked as a whole
 * (course-checks.ts): the first page rendered fails the build if any rule is broken.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from '../utils/urls';
import { AstroError } from 'astro/errors';
import type { Lesson } from '../schemas/lesson';
import type { Quiz } from '../schemas/quiz';
import type { Guide } from '../schemas/guide';
import { guideErrors, type GuidePage } from '../utils/guide-checks';
import { courseErrors, isLessonSlug, type LessonPage, type QuizFile } from '../utils/course-checks';
import { LOCALES, localeOf, localePrefix, splitDocId, type Locale } from '../i18n/locales';

export { localeOf, localePrefix, splitDocId, type Locale };

export interface CourseLesson extends Lesson {
  title: string;
  description: string | undefined;
  slug: string;
  href: string;
  /** The teacher guide of this lesson. */
  guideHref: string;
}

type DocsEntry = CollectionEntry<'docs'>;

function lessonPageOf(entry: DocsEntry): LessonPage | null {
  const { locale, slug } = splitDocId(entry.id);
  if (!isLessonSlug(slug)) return null;
  return {
    file: entry.filePath ?? `src/content/docs/${entry.id}.mdx`,
    locale,
    slug,
    data: entry.data as LessonPage['data'],
  };
}

function quizFileOf(entry: CollectionEntry<'quizzes'>): QuizFile {
  const [locale, quizId] = entry.id.split('/') as [Locale, string];
  return {
    file: entry.filePath ?? `src/content/quizzes/${entry.id}.yaml`,
    locale,
    quizId,
    quiz: entry.data as Quiz,
  };
}

interface Course {
  lessons: Record<Locale, CourseLesson[]>;
  quizzes: Map<string, Quiz>;
  guides: Map<string, Guide>;
}

let loaded: Promise<Course> | undefined;

async function loadCourse(): Promise<Course> {
  const docs = await getCollection('docs');
  const pages = docs.map(lessonPageOf).filter((p): p is LessonPage => p !== null);
  const quizFiles = (await getCollection('quizzes')).map(quizFileOf);

  const lessonIds = new Set(pages.map((p) => p.data.lessonId));
  const guidePages: GuidePage[] = docs
    .map((entry) => ({ entry, ...splitDocId(entry.id) }))
    .filter(({ slug, entry }) => {
      const match = /^teach\/([^/]+)$/.exec(slug);
      return match && (entry.data.guide || lessonIds.has(match[1]));
    })
    .map(({ entry, locale, slug }) => ({
      file: entry.filePath ?? `src/content/docs/${entry.id}.mdx`,
      locale,
      slug,
      guide: entry.data.guide as Guide | undefined,
    }));
  const glossaryIds = (await getCollection('glossary')).flatMap((f) =>
    f.data.terms.map((t) => t.id),
  );

  const errors = [
    ...courseErrors(pages, quizFiles),
    ...guideErrors(
      guidePages,
      pages.map((p) => ({
        locale: p.locale,
        lessonId: p.data.lessonId!,
        minutes: p.data.minutes!,
      })),
      glossaryIds,
    ),
  ];
  if (errors.length) {
    throw new AstroError(
      `The course content has ${errors.length} problem${errors.length > 1 ? 's' : ''}:\n- ${errors.join('\n- ')}`,
      'Fix the files named above; docs/authoring.md describes every field.',
    );
  }

  const lessons = Object.fromEntries(LOCALES.map((l) => [l, [] as CourseLesson[]])) as Record<
    Locale,
    CourseLesson[]
  >;
  for (const page of pages) {
    lessons[page.locale].push({
      ...(page.data as Lesson),
      title: page.data.title!,
      description: page.data.description,
      slug: page.slug,
      href: withBase(`${localePrefix(page.locale)}/${page.slug}/`),
      guideHref: withBase(`${localePrefix(page.locale)}/teach/${page.data.lessonId}/`),
    });
  }
  for (const list of Object.values(lessons)) list.sort((a, b) => a.order - b.order);
  return {
    lessons,
    quizzes: new Map(quizFiles.map((q) => [`${q.locale}/${q.quizId}`, q.quiz])),
    guides: new Map(guidePages.map((g) => [`${g.locale}/${g.guide!.lesson}`, g.guide!])),
  };
}

function course(): Promise<Course> {
  loaded ??= loadCourse();
  return loaded;
}

export async function getLessons(locale: Locale): Promise<CourseLesson[]> {
  return (await course()).lessons[locale];
}

export async function getLesson(locale: Locale, slug: string): Promise<CourseLesson | undefined> {
  return (await getLessons(locale)).find((l) => l.slug === slug);
}

export async function getQuiz(locale: Locale, quizId: string): Promise<Quiz> {
  const quiz = (await course()).quizzes.get(`${locale}/${quizId}`);
  if (!quiz) {
    throw new AstroError(
      `<Quiz id="${quizId}" /> names a quiz that does not exist: src/content/quizzes/${locale}/${quizId}.yaml`,
    );
  }
  return quiz;
}

/** The teacher guide of a lesson, in one language. */
export async function getGuide(locale: Locale, lessonId: string): Promise<Guide | undefined> {
  return (await course()).guides.get(`${locale}/${lessonId}`);
}

/** The lesson whose quiz this is (quiz ids and lesson ids are the same by rule, but look it up). */
export async function getLessonOfQuiz(
  locale: Locale,
  quizId: string,
): Promise<CourseLesson | undefined> {
  return (await getLessons(locale)).find((l) => l.quiz === quizId);
}

/** Make sure the whole course is valid; called for every page so a bad file fails the build. */
export async function assertCourseValid(): Promise<void> {
  await course();
}
