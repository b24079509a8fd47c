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
const EXERCISE_TYPES = 'nnns*';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value == 'object' && value !== null && !Array.isArray(value);

/** This lesson's part of saved progress (unchecked JSON, as localStorage holds it). */
export function lessonProgress(data: unknown, lesson: string): LessonProgress {
  const section = (name: string) => (isObject(data) && isObject(data[name]) ? data[name] : {});
  const lessons = section('lessons');
  const quiz = Object.hasOwn(lessons, lesson) ? lessons[lesson] : undefined;
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

/** `values` as a record of `keys`, or undefined when one has the wrong type. */
const record = (keys: readonly string[], types: string, values: unknown, into: Json = {}) =>
  Array.isArray(values) &&
  keys.every((key, i) => {
    if (values[i] != null) into[key] = values[i];
    return types[i] == '*' || (typeof values[i])[0] == types[i];
  })
    ? into
    : undefined;

/** What encode() wrote, for `lesson`; undefined when the text is not that. */
export function decode(text: string, lesson: string): LessonProgress | undefined {
  try {
    const [format, quizValues, exerciseValues] = JSON.parse(text);
    const quiz = quizValues === 0 ? 0 : record(QUIZ, QUIZ_TYPES, quizValues);
    const exercises = exerciseValues.map(([id, ...values]: unknown[]) => [
      id,
      record(EXERCISE, EXERCISE_TYPES, values, { lesson }),
    ]);
    if (format === FORMAT && quiz !== undefined && exercises.every(([, result]: Json[]) => result))
      return {
        quiz: (quiz || undefined) as LessonRecord | undefined,
        exercises: Object.fromEntries(exercises),
      };
  } catch {
    // not JSON, or not arrays where arrays belong: ignored
  }
}

/**
 * Stored progress (parsed JSON, or null when nothing was saved) with this lesson's records
 * replaced by `restored`, the LMS's; undefined when storage must be left alone: data that is
 * not ours, or from a newer version, is the store's to handle. The LMS's copy wins because it
 * is this learner's: on a shared computer, the records on the device may be another learner's,
 * and must neither show nor count. Every other lesson and section is kept as it is.
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
  const exercises = { ...(isObject(data.exercises) && data.exercises) };
  for (const id in lessonProgress(data, lesson).exercises) delete exercises[id];
  return {
    ...data,
    // An undefined quiz is left out when written as JSON.
    lessons: { ...(isObject(data.lessons) && data.lessons), [lesson]: restored.quiz },
    exercises: { ...exercises, ...restored.exercises },
  };
}
