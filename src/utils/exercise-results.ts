/*
 * An exercise's result, as a lesson page records it after a check: the part of saved progress
 * that lesson pages load, kept small because they carry it (npm run budget). Checking,
 * merging and showing results live in exercise-progress.ts.
 */
import type { RubricLevel } from './exercise-scoring/lateral';

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

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

/** Where exercise results are kept until the progress store holds them as a section. */
export const EXERCISES_KEY = 'second-look:exercises';

/**
 * The stored results as a lesson page reads them before adding one: cheap, because lesson pages
 * carry this code. Records are checked one by one (sanitizeExerciseResults) where they are
 * shown, exported or imported.
 */
export function readStoredResults(text: string | null): ExerciseResults {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return isObject(value) ? (value as ExerciseResults) : {};
  } catch {
    return {};
  }
}
