/*
 * One lesson's saved progress (its quiz record and its exercise results) as SCORM 1.2
 * `cmi.suspend_data`, which holds at most 4096 characters: JSON arrays of the records' values
 * in a fixed order, without their field names:
 *
 *   [1, [status, bestScore, bestOf, lastScore, maxScore, lastAnswers, firstAttemptAt,
 *        lastAttemptAt, completedAt?] | 0,
 *       [[exerciseId, score, best, maxScore, at, level?], …]]
 *
 * decode() checks the shape and each value's type, so text that is not ours is ignored. The
 * finer rules (a score within its maximum, dates in order) are the progress store's: its
 * sanitizers back a record up before they drop it, so nothing is lost either way. The bridge
 * stays small by not carrying a second copy of them. Pure: no DOM, no storage.
 */
import type { LessonRecord } from '../utils/lesson-records';
import type { ExerciseResult } from '../utils/exercise-progress';
import { PROGRESS_FORMAT, PROGRESS_VERSION } from '../utils/progress-peek';

/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096). */
export const SUSPEND_DATA_MAX = 4096;
const FORMAT = 1;

export interface LessonProgress {
  quiz?: LessonRecord;
  exercises: Record<string, ExerciseResult>;
}

// Field order, and each value's type by the first letter of its typeof; `*` is an optional
// field, left to the store's sanitizers.
const QUIZ = [
  'status',
  'bestScore',
  'bestOf',
  'lastScore',
  'maxScore',
  'lastAnswers',
  'firstAttemptAt',
  'lastAttemptAt',
  'completedAt',
] as const;
const QUIZ_TYPES = 'snnnnoss*';
const EXERCISE = ['score', 'best', 'maxScore', 'at', 'level'] as const;
const EXERCISE_TYPES = 'snnns*';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value == 'object' && value !== null && !Array.isArray(value);
const own = (object: Json, key: string) => (Object.hasOwn(object, key) ? object[key] : undefined);

/** This lesson's part of saved progress (unchecked JSON, as localStorage holds it). */
export function lessonProgress(data: unknown, lesson: string): LessonProgress {
  const section = (name: string) => (isObject(data) && isObject(data[name]) ? data[name] : {});
  const quiz = own(section('lessons'), lesson);
  const exercises = Object.entries(section('exercises')).filter(
    ([, result]) => (result as Json)?.lesson == lesson,
  );
  return {
    quiz: isObject(quiz) ? (quiz as unknown as LessonRecord) : undefined,
    exercises: Object.fromEntries(exercises) as Record<string, ExerciseResult>,
  };
}

/** The text to keep; empty when there is nothing to keep, so nothing replaces what the LMS has. */
export const encode = ({ quiz, exercises }: LessonProgress): string =>
  !quiz && !Object.keys(exercises).length
    ? ''
    : JSON.stringify([
        FORMAT,
        quiz ? QUIZ.map((key) => quiz[key]) : 0,
        Object.entries(exercises).map(([id, result]) => [
          id,
          ...EXERCISE.map((key) => result[key]),
        ]),
      ]);

const typed = (values: unknown, types: string): values is unknown[] =>
  Array.isArray(values) &&
  [...types].every((type, i) => type == '*' || (typeof values[i])[0] == type);

const record = (keys: readonly string[], values: unknown[], fields: Json = {}) => {
  keys.forEach((key, i) => values[i] != null && (fields[key] = values[i]));
  return fields;
};

/** What encode() wrote, for `lesson`; undefined when the text is not that. */
export function decode(text: string, lesson: string): LessonProgress | undefined {
  try {
    const [format, quiz, exercises] = JSON.parse(text);
    if (
      format === FORMAT &&
      (quiz === 0 || typed(quiz, QUIZ_TYPES)) &&
      exercises.every((values: unknown) => typed(values, EXERCISE_TYPES))
    )
      return {
        quiz: quiz ? (record(QUIZ, quiz) as unknown as LessonRecord) : undefined,
        exercises: Object.fromEntries(
          exercises.map(([id, ...values]: unknown[]) => [
            id,
            record(EXERCISE, values, { lesson }) as unknown as ExerciseResult,
          ]),
        ),
      };
  } catch {
    // not JSON, or not arrays where arrays belong: ignored
  }
}

/**
 * Stored progress (parsed JSON, or null when nothing was saved) with `restored`, this
 * lesson's, merged in; undefined when storage must be left alone: data that is not ours, or
 * from a newer version, is the store's to handle. Everything else stored is kept; for the quiz
 * and for each exercise, the later record wins.
 */
export function mergeInto(
  stored: unknown,
  lesson: string,
  restored: LessonProgress,
): Json | undefined {
  const data = stored ?? { format: PROGRESS_FORMAT, version: PROGRESS_VERSION };
  if (
    !isObject(data) ||
    data.format !== PROGRESS_FORMAT ||
    !((data.version as number) <= PROGRESS_VERSION)
  )
    return;
  const lessons = { ...(isObject(data.lessons) && data.lessons) };
  const exercises = { ...(isObject(data.exercises) && data.exercises) };
  /** Keep ours unless theirs is later. */
  const later = (section: Json, id: string, theirs: Json, key: string) => {
    const ours = own(section, id);
    if (!(isObject(ours) && '' + ours[key] >= '' + theirs[key])) section[id] = theirs;
  };
  const { quiz } = restored;
  if (quiz) later(lessons, lesson, quiz as unknown as Json, 'lastAttemptAt');
  for (const [id, result] of Object.entries(restored.exercises))
    later(exercises, id, result as unknown as Json, 'at');
  return { ...data, lessons, exercises };
}
