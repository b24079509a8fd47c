import { z } from 'astro/zod';
import { PLURAL_CATEGORIES } from './plural';

/*
 * Every UI string of ours, behind a typed key. The English and Arabic tables live in
 * src/content/i18n/{en,ar}.json; the i18n collection validates them against this schema, so a
 * key missing in either language fails the build, and tests/i18n.test.ts says which.
 */
export const UI_STRING_KEYS = [
  'site.tagline',
  'lesson.number',
  'lesson.objectives',
  'lesson.contentNote',
  'lesson.time',
  'lesson.audience',
  'lesson.updated',
  'lesson.keyPoints',
  'lesson.sources',
  'lesson.sourceNote',
  'lesson.undated',
  'example.label',
  'example.post',
  'example.chat',
  'example.headline',
  'example.article',
  'example.profile',
  'example.message',
  'quiz.question',
  'quiz.chooseOne',
  'quiz.chooseAll',
  'quiz.trueOrFalse',
  'quiz.worksheet',
  'quiz.showAnswer',
  'quiz.correctAnswer',
  'quiz.optionRight',
  'quiz.optionWrong',
  'quiz.why',
  'quiz.check',
  'quiz.chooseFirst',
  'quiz.correct',
  'quiz.incorrect',
  'quiz.yourAnswer',
  'quiz.score',
  'quiz.tryAgain',
  'quiz.notSaved',
  'quiz.savedLocally',
  'quiz.newerVersion',
  'quiz.setAside',
  'quiz.saveFailed',
  'progress.title',
  'progress.intro',
  'progress.needsScript',
  'progress.lesson',
  'progress.status',
  'progress.bestScore',
  'progress.lastActivity',
  'progress.notStarted',
  'progress.attempted',
  'progress.completed',
  'progress.continue',
  'progress.allDone',
  'progress.export',
  'progress.import',
  'progress.reset',
  'progress.resetConfirm',
  'progress.resetDone',
  'progress.imported',
  'progress.importForeign',
  'progress.importNewer',
  'progress.noticeUnreadable',
  'progress.noticeNewer',
  'progress.noticeEntriesReset',
  'progress.noticeBlocked',
  'progress.noticeSaveFailed',
  'progress.importTooLarge',
  'progress.importNotSaved',
  'progress.earlierQuiz',
  'progress.backupsTitle',
  'progress.backupsIntro',
  'progress.backupOf',
  'progress.backupReset',
  'progress.backupUnreadable',
  'progress.backupDamaged',
  'progress.backupSave',
  'progress.backupRestore',
  'progress.restored',
  'progress.backupUnusable',
  'progress.deleteAll',
  'progress.deleteAllConfirm',
  'progress.deletedAll',
  'glossary.taughtIn',
  'home.waysIn',
  'home.courseMap',
  'home.totalTime',
  'lesson.teacherGuide',
  'guide.forLesson',
  'guide.objectives',
  'guide.vocabulary',
  'guide.materials',
  'guide.plans',
  'guide.plan.selfStudy',
  'guide.plan.classroom',
  'guide.plan.workshop',
  'guide.time',
  'guide.minutes',
  'guide.activity',
  'guide.answerKey',
  'guide.answerKeyIntro',
  'schedule.format',
  'schedule.total',
  'schedule.hours',
  'print.online',
  'print.qr',
  'print.name',
  'print.date',
  'print.why',
  'print.button',
  'certificate.title',
  'certificate.intro',
  'certificate.nameLabel',
  'certificate.print',
  'certificate.awarded',
  'certificate.completed',
  'certificate.note',
  'certificate.nameLimit',
  'print.glossary',
  'schedule.selfStudy',
  'schedule.classroom',
  'schedule.workshop',
  'source.quoteOpen',
  'source.quoteClose',
  'source.separator',
  'figure.sources',
  'figure.data',
  'figure.period',
  'figure.illustrative',
  'figure.public',
  'figure.private',
  'sidebar.startHere',
  'sidebar.home',
  'sidebar.progress',
  'sidebar.about',
  'sidebar.lessons',
  'sidebar.forTeachers',
  'sidebar.schedule',
  'sidebar.answerKeys',
  'sidebar.print',
  'sidebar.teacherGuides',
  'sidebar.workshops',
  'sidebar.reference',
  'sidebar.glossary',
  'sidebar.sources',
] as const;

/*
 * Strings of Starlight and of its search (Pagefind) that we translate ourselves, because their
 * own Arabic is missing or left in English ("Section titled …", "3 results for …"). Starlight
 * passes every `pagefind.*` string of a language to Pagefind's interface.
 */
export const THEME_STRING_KEYS = [
  'heading.anchorLabel',
  'fileTree.directory',
  'pagefind.clear_search',
  'pagefind.load_more',
  'pagefind.search_label',
  'pagefind.filters_label',
  'pagefind.zero_results',
  'pagefind.many_results',
  'pagefind.one_result',
  'pagefind.total_zero_results',
  'pagefind.total_one_result',
  'pagefind.total_many_results',
  'pagefind.alt_search',
  'pagefind.search_suggestion',
  'pagefind.searching',
  'pagefind.results_label',
  'pagefind.keyboard_navigate',
  'pagefind.keyboard_select',
  'pagefind.keyboard_clear',
  'pagefind.keyboard_close',
  'pagefind.keyboard_search',
  'pagefind.error_search',
  'pagefind.filter_selected_one',
  'pagefind.filter_selected_many',
  'pagefind.input_hint',
  'pagefind.loading',
] as const;

/*
 * Counted strings (see ./plural.ts): each table has `<key>_<form>` for every plural form of its
 * language, and tests/i18n.test.ts checks that none is missing. Call them with `{ count }`.
 */
export const PLURAL_STRING_KEYS = [
  'count.lessons',
  'count.minutes',
  'count.minutesShort',
  'count.hours',
  'count.characters',
] as const;

export type UiStringKey = (typeof UI_STRING_KEYS)[number];
export type ThemeStringKey = (typeof THEME_STRING_KEYS)[number];

/** Every key a language's table must have. */
export const ALL_STRING_KEYS = [...UI_STRING_KEYS, ...THEME_STRING_KEYS];

const uiString = (key: string) => z.string().trim().min(1, `the UI string "${key}" is empty`);

export const uiStringsSchema = z.object({
  ...(Object.fromEntries(ALL_STRING_KEYS.map((key) => [key, uiString(key)])) as Record<
    UiStringKey | ThemeStringKey,
    z.ZodString
  >),
  // Every language has an "other" form; which of the rest it needs depends on the language.
  ...Object.fromEntries(
    PLURAL_STRING_KEYS.flatMap((base) =>
      PLURAL_CATEGORIES.map((category) => {
        const key = `${base}_${category}`;
        return [key, category === 'other' ? uiString(key) : uiString(key).optional()];
      }),
    ),
  ),
});
