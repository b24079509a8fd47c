/*
 * Exercise results in the learner's saved progress, kept apart from quiz scores: one record per
 * exercise, with the lesson it belongs to. Pure functions (sanitize what was stored or
 * imported, merge two copies, record a new result) that exercise-section.ts registers as the
 * `exercises` section of the progress store; tests can feed them anything.
 */
import { RUBRIC_LEVELS, type RubricLevel } from './exercise-scoring/levels';

export interface ExerciseResult {
  lesson: string;
  /** The last checked score and the best one, out of maxScore. */
  score: number;
  best: number;
  maxScore: number;
  /** Lateral reading: the rubric level of the last judgement. */
  level?: RubricLevel;
  /** When the learner last checked it (ISO date). */
  at: string;
}

export type ExerciseResults = Record<string, ExerciseResult>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

export function isExerciseResult(value: unknown): value is ExerciseResult {
  if (!isObject(value)) return false;
  const { lesson, score, best, maxScore, level, at } = value;
  return (
    typeof lesson === 'string' &&
    lesson.length > 0 &&
    [score, best, maxScore].every(isCount) &&
    (score as number) <= (maxScore as number) &&
    (best as number) <= (maxScore as number) &&
    (level === undefined || RUBRIC_LEVELS.includes(level as RubricLevel)) &&
    typeof at === 'string' &&
    !Number.isNaN(Date.parse(at))
  );
}

const EXERCISE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_EXERCISES = 500;

/**
 * Keep the well-formed records of whatever was stored or imported, as fresh objects holding
 * only our fields; with `lessons`, only records of lessons the course has. Reports whether
 * anything was left out.
 */
export function sanitizeExerciseResults(
  value: unknown,
  lessons?: readonly string[],
): { results: ExerciseResults; damaged: boolean } {
  const results: ExerciseResults = {};
  if (value === undefined) return { results, damaged: false };
  if (!isObject(value)) return { results, damaged: true };
  let damaged = false;
  for (const [id, record] of Object.entries(value).slice(0, MAX_EXERCISES)) {
    if (
      EXERCISE_ID.test(id) &&
      isExerciseResult(record) &&
      (!lessons || lessons.includes(record.lesson))
    ) {
      const { lesson, score, best, maxScore, level, at } = record;
      results[id] = { lesson, score, best, maxScore, at, ...(level ? { level } : {}) };
    } else damaged = true;
  }
  return { results, damaged: damaged || Object.keys(value).length > MAX_EXERCISES };
}

/** One exercise checked: the new record, keeping the best score so far. Returns a new object. */
export function recordExerciseResult(
  results: ExerciseResults,
  exerciseId: string,
  result: { lesson: string; score: number; maxScore: number; level?: RubricLevel; now: Date },
): ExerciseResults {
  const previous = results[exerciseId];
  const record: ExerciseResult = {
    lesson: result.lesson,
    score: result.score,
    best: Math.max(result.score, previous?.maxScore === result.maxScore ? previous.best : 0),
    maxScore: result.maxScore,
    at: result.now.toISOString(),
  };
  if (result.level) record.level = result.level;
  return { ...results, [exerciseId]: record };
}

/** Combine two copies (this device and an imported file): the latest record, the best score. */
export function mergeExerciseResults(
  ours: ExerciseResults,
  theirs: ExerciseResults,
): ExerciseResults {
  const merged = { ...ours };
  for (const [id, record] of Object.entries(theirs)) {
    const mine = merged[id];
    if (!mine) {
      merged[id] = record;
      continue;
    }
    const latest = record.at > mine.at ? record : mine;
    const sameScale = record.maxScore === mine.maxScore;
    merged[id] = { ...latest, best: sameScale ? Math.max(mine.best, record.best) : latest.best };
  }
  return merged;
}

/** Per lesson: how many of its exercises were done, and their summed best scores. */
export function lessonExerciseSummary(
  results: ExerciseResults,
  lessonId: string,
): { done: number; score: number; maxScore: number } {
  const records = Object.values(results).filter((r) => r.lesson === lessonId);
  return {
    done: records.length,
    score: records.reduce((n, r) => n + r.best, 0),
    maxScore: records.reduce((n, r) => n + r.maxScore, 0),
  };
}

/**
 * The `exercises` section of the progress store (its registerSection API): sanitize what was
 * read or imported, merge it with what another page or file holds.
 */
export const EXERCISES_SECTION = 'exercises';
export const exerciseSection = {
  sanitize(raw: unknown, ctx: { lessons: readonly string[]; dropped: boolean }) {
    const { results, damaged } = sanitizeExerciseResults(raw, ctx.lessons);
    if (damaged) ctx.dropped = true;
    return results;
  },
  merge: (stored: ExerciseResults, incoming: ExerciseResults) =>
    mergeExerciseResults(stored, incoming),
};
