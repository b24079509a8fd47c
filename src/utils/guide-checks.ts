/*
 * Rules for teacher guides: every lesson has one in each language, a guide serves a lesson
 * that exists, its vocabulary is in the glossary, each plan adds up to the time it promises,
 * and every translation's plans have the default language's steps and minutes.
 */
import type { Guide, PlanFormat } from '../schemas/guide';
import { PLAN_FORMATS } from '../schemas/guide';
import type { Lesson } from '../schemas/lesson';
import { DEFAULT_LOCALE, LOCALES, docsFolder, localeName, type Locale } from '../i18n/locales';

export interface GuidePage {
  file: string;
  locale: Locale;
  /** `teach/<lesson-slug>` */
  slug: string;
  guide: Guide | undefined;
}

export const planMinutes = (guide: Guide, format: PlanFormat) =>
  guide.plans[format].reduce((sum, step) => sum + step.minutes, 0);

/** The minutes each plan must add up to. */
export function promisedMinutes(
  guide: Guide,
  lesson: Pick<Lesson, 'minutes'>,
): Record<PlanFormat, number> {
  return {
    selfStudy: lesson.minutes.selfStudy,
    classroom: lesson.minutes.classroom,
    workshop: guide.workshopMinutes,
  };
}

export function guideErrors(
  guides: GuidePage[],
  lessons: Array<{ locale: Locale; lessonId: string; minutes: Lesson['minutes'] }>,
  glossaryIds: string[],
): string[] {
  const errors: string[] = [];
  const lessonOf = (locale: Locale, id: string) =>
    lessons.find((l) => l.locale === locale && l.lessonId === id);

  for (const page of guides) {
    const slug = page.slug.replace(/^teach\//, '');
    const { guide } = page;
    if (!guide) {
      errors.push(`${page.file}: a teacher guide needs the "guide" field in its frontmatter`);
      continue;
    }
    if (guide.lesson !== slug) {
      errors.push(
        `${page.file}: "guide.lesson" is "${guide.lesson}" but the file name says "${slug}"`,
      );
    }
    const lesson = lessonOf(page.locale, guide.lesson);
    if (!lesson) {
      errors.push(`${page.file}: "guide.lesson" names "${guide.lesson}", which is not a lesson`);
      continue;
    }
    for (const id of guide.vocabulary.filter((v) => !glossaryIds.includes(v))) {
      errors.push(`${page.file}: "guide.vocabulary" lists "${id}", which is not in the glossary`);
    }
    const promised = promisedMinutes(guide, lesson);
    for (const format of PLAN_FORMATS) {
      const total = planMinutes(guide, format);
      if (total !== promised[format]) {
        errors.push(
          `${page.file}: "guide.plans.${format}" adds up to ${total} minutes but should add up to ${promised[format]}`,
        );
      }
    }
  }

  // Every lesson has a guide in its language, and the two languages' plans agree.
  for (const lesson of lessons) {
    if (!guides.some((g) => g.locale === lesson.locale && g.slug === `teach/${lesson.lessonId}`)) {
      errors.push(
        `lesson "${lesson.lessonId}" has no teacher guide at src/content/docs/${docsFolder(lesson.locale)}teach/${lesson.lessonId}.mdx`,
      );
    }
  }
  const translated = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  for (const base of guides.filter((g) => g.locale === DEFAULT_LOCALE && g.guide)) {
    for (const locale of translated) {
      const twin = guides.find((g) => g.locale === locale && g.slug === base.slug && g.guide);
      if (!twin) continue;
      for (const format of PLAN_FORMATS) {
        const a = base.guide!.plans[format].map((s) => s.minutes).join(',');
        const b = twin.guide!.plans[format].map((s) => s.minutes).join(',');
        if (a !== b) {
          errors.push(
            `${twin.file}: the ${format} plan's minutes (${b}) differ from the ${localeName(DEFAULT_LOCALE)} guide's (${a})`,
          );
        }
      }
      if (base.guide!.vocabulary.join() !== twin.guide!.vocabulary.join()) {
        errors.push(
          `${twin.file}: "guide.vocabulary" differs from the ${localeName(DEFAULT_LOCALE)} guide's`,
        );
      }
    }
  }
  return errors;
}
