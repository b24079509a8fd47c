/*
 * Exercise results as the `exercises` section of saved progress (progress-store.ts): registered
 * here, so export, import, backups and reset carry them with everything else. Lesson pages load
 * this module on demand, when a learner checks an exercise; the progress page loads it to show
 * the results and to merge imported ones correctly.
 */
import {
  openProgressStore,
  registerSection,
  type Notice,
  type StorageLike,
} from './progress-store';
import {
  EXERCISES_SECTION,
  exerciseSection,
  recordExerciseResult,
  type ExerciseResults,
} from './exercise-progress';
import type { RubricLevel } from './exercise-scoring/levels';

export { openProgressStore } from './progress-store';
export { EXERCISES_SECTION };

registerSection<ExerciseResults>(EXERCISES_SECTION, exerciseSection);

export const exercisesOf = (progress: Record<string, unknown>): ExerciseResults =>
  (progress[EXERCISES_SECTION] as ExerciseResults | undefined) ?? {};

/** Save one checked exercise; returns the store's notices (storage blocked, save failed…). */
export function saveExerciseResult(
  getStorage: () => StorageLike | null | undefined,
  lessons: readonly string[],
  exerciseId: string,
  result: { lesson: string; score: number; maxScore: number; level?: RubricLevel; now: Date },
): Notice[] {
  const store = openProgressStore(getStorage, lessons);
  const recorded = recordExerciseResult(exercisesOf(store.progress), exerciseId, result);
  store.write({ [EXERCISES_SECTION]: { [exerciseId]: recorded[exerciseId]! } });
  return store.notices;
}

/** Notices that mean a result was not kept. */
const NOT_SAVED: readonly Notice[] = ['saveFailed', 'storageBlocked', 'newerVersion'];

/**
 * Save a checked exercise from its page: `exercise` is the element's data (id, lesson, and the
 * course's lessons, space-separated). True when the result was kept.
 */
export function saveChecked(
  getStorage: () => StorageLike | null | undefined,
  exercise: { id?: string; lesson?: string; lessons?: string },
  outcome: { score: number; maxScore: number; level?: RubricLevel },
): boolean {
  const { id, lesson, lessons } = exercise;
  const notices = saveExerciseResult(getStorage, lessons!.split(' '), id!, {
    score: outcome.score,
    maxScore: outcome.maxScore,
    level: outcome.level,
    lesson: lesson!,
    now: new Date(),
  });
  return !notices.some((notice) => NOT_SAVED.includes(notice));
}
