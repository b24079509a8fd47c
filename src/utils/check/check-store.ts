/*
 * The check's view of the learner's progress store: its "check" section (check-section.ts),
 * read when opened and written by merging one finished attempt into whatever is stored.
 */
import { openProgressStore, type StorageLike } from '../progress-store';
import { emptyCheckSection, type CheckAttempt, type CheckSection } from './attempts';
import { CHECK_SECTION } from './check-section';

export interface CheckStore {
  readonly section: CheckSection;
  readonly canSave: boolean;
  /** Save a finished attempt. Returns false when it could not be kept. */
  record(attempt: CheckAttempt): boolean;
}

export function openCheckStore(
  getStorage: () => StorageLike | null | undefined,
  lessons: readonly string[],
): CheckStore {
  const store = openProgressStore(getStorage, lessons);
  return {
    get section() {
      return (store.progress[CHECK_SECTION] as CheckSection | undefined) ?? emptyCheckSection();
    },
    get canSave() {
      return store.canSave;
    },
    record: (attempt) => store.write({ [CHECK_SECTION]: { attempts: [attempt] } }),
  };
}
