/*
 * Rules across exercise files: every exercise exists in every language with the same answers
 * as the default language's, and belongs to a lesson that exists. Pure functions over plain data, so tests can
 * feed them broken input; src/data/course.ts turns the errors into a failed build.
 */
import type { Exercise } from '../schemas/exercise';
import { DEFAULT_LOCALE, LOCALES, localeName, type Locale } from '../i18n/locales';

export interface ExerciseFile {
  file: string;
  locale: Locale;
  exerciseId: string;
  exercise: Exercise;
}

/** The answer-bearing facts of an exercise, field by field, in a form both languages share. */
export function answerFacts(exercise: Exercise): Record<string, string> {
  const list = (values: readonly unknown[]) => values.map((v) => String(v ?? '-')).join(', ');
  const facts: Record<string, string> = { type: exercise.type, lesson: exercise.lesson };
  switch (exercise.type) {
    case 'rate':
      facts.choices = list(exercise.choices);
      facts['posts (ids)'] = list(exercise.posts.map((p) => p.id));
      facts['posts (honest)'] = list(exercise.posts.map((p) => p.honest));
      facts['posts (technique)'] = list(exercise.posts.map((p) => p.technique));
      break;
    case 'spot':
      facts.choices = list(exercise.choices);
      facts['phrases (ids)'] = list(exercise.phrases.map((p) => p.id));
      facts['phrases (technique)'] = list(exercise.phrases.map((p) => p.technique));
      break;
    case 'order':
      facts['items (ids, in order)'] = list(exercise.items.map((i) => i.id));
      break;
    case 'sort':
      facts['groups (ids)'] = list(exercise.groups.map((g) => g.id));
      facts['groups (staysUp)'] = list(exercise.groups.map((g) => g.staysUp));
      facts.policy = exercise.policy ? 'yes' : 'no';
      facts['items (ids)'] = list(exercise.items.map((i) => i.id));
      facts['items (group)'] = list(exercise.items.map((i) => i.group));
      facts['items (alsoRight)'] = list(exercise.items.map((i) => i.alsoRight?.join('+')));
      break;
    case 'lateral':
      facts['options (ids)'] = list(exercise.options.map((o) => o.id));
      facts['options (correct)'] = list(exercise.options.map((o) => o.correct));
      facts['pages (ids)'] = list(exercise.pages.map((p) => p.id));
      facts['pages (essential)'] = list(exercise.pages.map((p) => p.essential));
      break;
  }
  return facts;
}

/** Compare a translation of one exercise with the default language's version. */
export function exerciseParityErrors(
  exerciseId: string,
  base: Exercise,
  translation: Exercise,
  locale: Locale,
): string[] {
  const where = `exercise "${exerciseId}" (${DEFAULT_LOCALE}/${exerciseId}.yaml vs ${locale}/${exerciseId}.yaml)`;
  const [one, other] = [localeName(DEFAULT_LOCALE), localeName(locale)];
  const baseFacts = answerFacts(base);
  const facts = answerFacts(translation);
  if (baseFacts.type !== facts.type)
    return [`${where}: "type" differs (${one}: ${baseFacts.type}; ${other}: ${facts.type})`];
  return Object.keys(baseFacts)
    .filter((field) => baseFacts[field] !== facts[field])
    .map(
      (field) =>
        `${where}: ${field} differ (${one}: ${baseFacts[field]}; ${other}: ${facts[field]})`,
    );
}

/** Every exercise-wide error, each naming the file and the field to fix. */
export function exerciseErrors(files: ExerciseFile[], lessonIds: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const index = new Map(files.map((f) => [`${f.locale}/${f.exerciseId}`, f]));
  for (const file of files) {
    if (!lessonIds.has(file.exercise.lesson)) {
      errors.push(
        `${file.file}: "lesson" names "${file.exercise.lesson}", which is not a lesson of the course`,
      );
    }
  }
  for (const exerciseId of new Set(files.map((f) => f.exerciseId))) {
    const versions = LOCALES.map((locale) => index.get(`${locale}/${exerciseId}`));
    const present = versions.find((v) => v)!;
    LOCALES.forEach((locale, i) => {
      if (!versions[i])
        errors.push(
          `${present.file}: has no twin at src/content/exercises/${locale}/${exerciseId}.yaml`,
        );
    });
    const [base, ...translations] = versions;
    if (!base) continue;
    translations.forEach((translation, i) => {
      if (translation)
        errors.push(
          ...exerciseParityErrors(exerciseId, base.exercise, translation.exercise, LOCALES[i + 1]!),
        );
    });
  }
  return errors;
}
