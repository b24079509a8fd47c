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
