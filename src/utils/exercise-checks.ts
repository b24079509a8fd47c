/*
 * Rules across exercise files: every exercise exists in English and Arabic with the same
 * answers, and belongs to a lesson that exists. Pure functions over plain data, so tests can
 * feed them broken input; src/data/course.ts turns the errors into a failed build.
 */
import type { Exercise } from '../schemas/exercise';
import type { Locale } from './course-checks';

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

/** Compare the English and Arabic versions of one exercise. */
export function exerciseParityErrors(exerciseId: string, en: Exercise, ar: Exercise): string[] {
  const where = `exercise "${exerciseId}" (en/${exerciseId}.yaml vs ar/${exerciseId}.yaml)`;
  const enFacts = answerFacts(en);
  const arFacts = answerFacts(ar);
  if (enFacts.type !== arFacts.type)
    return [`${where}: "type" differs (English: ${enFacts.type}; Arabic: ${arFacts.type})`];
  return Object.keys(enFacts)
    .filter((field) => enFacts[field] !== arFacts[field])
    .map(
      (field) =>
        `${where}: ${field} differ (English: ${enFacts[field]}; Arabic: ${arFacts[field]})`,
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
    const en = index.get(`en/${exerciseId}`);
    const ar = index.get(`ar/${exerciseId}`);
    if (!en || !ar) {
      const present = (en ?? ar)!;
      errors.push(
        `${present.file}: has no twin at src/content/exercises/${en ? 'ar' : 'en'}/${exerciseId}.yaml`,
      );
      continue;
    }
    errors.push(...exerciseParityErrors(exerciseId, en.exercise, ar.exercise));
  }
  return errors;
}
