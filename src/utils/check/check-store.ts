/*
 * Where the check's attempts are kept in this browser. Until the progress store carries
 * sections (so that export and import include them), they live under their own key, in the
 * same sanitized shape the "check" section will use.
 */
import type { StorageLike } from '../progress-store';
import { sanitizeCheckSection, type CheckSection } from './attempts';

export const CHECK_KEY = 'second-look:check';

export interface CheckStore {
  section: CheckSection;
  canSave: boolean;
  save(section: CheckSection): boolean;
}

export function openCheckStore(getStorage: () => StorageLike | null | undefined): CheckStore {
  let storage: StorageLike | null | undefined;
  let section = sanitizeCheckSection(null);
  try {
    storage = getStorage();
    section = sanitizeCheckSection(JSON.parse(storage?.getItem(CHECK_KEY) ?? 'null'));
  } catch {
    // Blocked storage or unreadable data: start afresh; unreadable data is not overwritten
    // until the learner finishes an attempt.
  }
  const store: CheckStore = {
    section,
    canSave: !!storage,
    save(next) {
      try {
        storage!.setItem(CHECK_KEY, JSON.stringify(next));
        store.section = next;
        return true;
      } catch {
        return false;
      }
    },
  };
  return store;
}
