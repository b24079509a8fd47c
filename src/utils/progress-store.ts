/*
 * Progress kept on the learner's device, in localStorage, under one key, as named sections:
 * `lessons` (quiz records, src/utils/lesson-records.ts) and whatever other features register.
 *
 * PROGRESS SECTIONS: how a feature keeps its own data here
 *
 *   import { openProgressStore, registerSection } from '../utils/progress-store';
 *   registerSection<MyData>('my-feature', {
 *     // Build a fresh value holding only the fields you define (own-property lookups, checked
 *     // types, bounded sizes). Return undefined to drop the section; set ctx.dropped = true
 *     // when you left something out, so the original is backed up before it is rewritten.
 *     sanitize: (raw, ctx) => …,
 *     // Combine the value just read from storage with yours (another tab may have written).
 *     merge: (stored, incoming) => …,
 *   });
 *   const store = openProgressStore(() => localStorage, lessonIds);  // every lesson id
 *   store.progress['my-feature']          // sanitized, as read when opened or reloaded
 *   if (!store.write({ 'my-feature': change })) …tell the learner the save failed…
 *   // a successful write dispatches PROGRESS_SAVED_EVENT on window
 *   addEventListener('storage', () => { store.reload(); …re-render… });
 *
 * Lesson pages have a tight JavaScript budget (npm run budget): there, show saved data with
 * peek() from progress-peek.ts and load the store with import() when the learner saves, as
 * src/scripts/course-quiz.ts does.
 *
 * Register before opening a store (at module level). Every write re-reads storage, sanitizes
 * it and merges the change into it, so pages never overwrite each other's work. Sections a
 * page has not registered are kept as they are when they are JSON under SECTION_MAX_CHARS and
 * less than 12 levels deep; a registered sanitizer bounds its own section (known ids only,
 * capped lists). Export, import, backups and reset work on whole stored data, so every section
 * goes with them.
 *
 * Nothing here throws at the learner: unreadable or damaged data is backed up under a new key
 * (never over an earlier backup) before it is rewritten; data written by a newer version is
 * left untouched and the store goes read-only; blocked storage leaves pages working.
 */

import {
  PROGRESS_FORMAT,
  PROGRESS_KEY,
  PROGRESS_SAVED_EVENT,
  PROGRESS_VERSION,
} from './progress-peek';

export { PROGRESS_FORMAT, PROGRESS_KEY, PROGRESS_SAVED_EVENT, PROGRESS_VERSION };
/** Backups are `<prefix><ISO time>/<reason>`, each under a key of its own. */
export const BACKUP_PREFIX = PROGRESS_KEY + ':backup:';

export type Notice =
  /** The saved data was not readable; it was backed up and progress starts afresh. */
  | 'unreadable'
  /** The saved data was written by a newer version; it is kept as it is, nothing is saved. */
  | 'newerVersion'
  /** Some saved records were damaged; they were backed up and dropped, the others kept. */
  | 'entriesReset'
  /** The browser does not let this page store anything; pages work, nothing is kept. */
  | 'storageBlocked'
  /** Writing failed (storage full); what was saved before is unchanged. */
  | 'saveFailed';

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  [section: string]: unknown;
}

export interface SectionContext {
  /** Every lesson id of the course. */
  lessons: readonly string[];
  /** The current time in milliseconds, for checking dates. */
  now: number;
  /** Set by a sanitizer that left something out. */
  dropped: boolean;
}

export interface Section<T> {
  sanitize(raw: unknown, ctx: SectionContext): T | undefined;
  merge(stored: T, incoming: T): T;
}

const sections = new Map<string, Section<unknown>>();

export function registerSection<T>(name: string, section: Section<T>): void {
  sections.set(name, section as Section<unknown>);
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value == 'object' && value !== null && !Array.isArray(value);

/** Sections a page has not registered are kept only when they look like data of ours. */
const SECTION_NAME = /^[a-z][a-z0-9-]{0,31}$/;
const bounded = (value: unknown, depth = 0): boolean =>
  depth < 12 &&
  (typeof value != 'object' || !value || Object.values(value).every((v) => bounded(v, depth + 1)));
export const SECTION_MAX_CHARS = 200_000;

export function emptyProgress(): Progress {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION };
}

export interface ParsedProgress {
  progress: Progress;
  notices: Notice[];
  /** True when the stored data must not be overwritten. */
  readOnly: boolean;
}

/** Read stored or imported text. `null` means nothing was ever saved. */
export function parseProgress(
  text: string | null,
  lessons: readonly string[],
  now = Date.now(),
): ParsedProgress {
  const progress = emptyProgress();
  const notices: Notice[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text!);
  } catch {
    // not JSON: reported below
  }
  if (text === null) {
    // nothing saved yet
  } else if (
    !isObject(data) ||
    data.format !== PROGRESS_FORMAT ||
    !Number.isInteger(data.version)
  ) {
    notices.push('unreadable');
  } else if ((data.version as number) > PROGRESS_VERSION) {
    return { progress, notices: ['newerVersion'], readOnly: true };
  } else {
    const ctx: SectionContext = { lessons, now, dropped: false };
    for (const name of Object.keys(data)) {
      if (name == 'format' || name == 'version') continue;
      const raw = data[name];
      const section = sections.get(name);
      const value = section
        ? section.sanitize(raw, ctx)
        : SECTION_NAME.test(name) && bounded(raw) && JSON.stringify(raw).length < SECTION_MAX_CHARS
          ? raw
          : undefined;
      if (value === undefined) ctx.dropped = true;
      else progress[name] = value;
    }
    if (ctx.dropped) notices.push('entriesReset');
  }
  return { progress, notices, readOnly: false };
}

/** Combine incoming sections into progress, section by section. Returns a new object. */
export function mergeSections(progress: Progress, incoming: Partial<Progress>): Progress {
  const merged = { ...progress };
  for (const name of Object.keys(incoming)) {
    const stored = merged[name];
    const section = sections.get(name);
    if (name == 'format' || name == 'version' || (stored !== undefined && !section)) continue;
    merged[name] = stored === undefined ? incoming[name] : section!.merge(stored, incoming[name]);
  }
  return merged;
}

/** The part of the Web Storage API the store needs; tests pass a Map-backed fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Keep `text` under a backup key of its own; never replaces an earlier backup. */
export function backUp(storage: StorageLike, text: string, reason: string, now = new Date()) {
  let key = BACKUP_PREFIX + now.toISOString();
  while (storage.getItem(key + '/' + reason) !== null) key += '+';
  storage.setItem(key + '/' + reason, text);
}

export interface ProgressStore extends ParsedProgress {
  /** The browser's storage, or null when it is blocked. */
  storage: StorageLike | null;
  /** False when nothing can be kept: storage blocked, or data from a newer version. */
  canSave: boolean;
  /** Read storage again (after another tab wrote). */
  reload(): void;
  /**
   * Re-read storage, merge these sections into it and save. Returns false when nothing was
   * saved (`notices` then ends with `saveFailed` if storage refused a write); `progress` still
   * holds the merged state, so it can be exported.
   */
  write(sections: Partial<Progress>): boolean;
}

/**
 * Open the store. `getStorage` is a function because merely touching `localStorage` throws in
 * some browsers (blocked cookies, sandboxed iframes). `lessons` lists every lesson id.
 */
export function openProgressStore(
  getStorage: () => StorageLike | null | undefined,
  lessons: readonly string[],
): ProgressStore {
  let storage: StorageLike | null = null;
  try {
    storage = getStorage() ?? null;
    storage?.getItem(PROGRESS_KEY);
  } catch {
    storage = null;
  }
  const store = { storage, notices: [] as Notice[] } as ProgressStore;
  /** Read storage; notices found are added to those since the store was opened or reloaded. */
  const load = () => {
    let text: string | null = null;
    try {
      text = storage!.getItem(PROGRESS_KEY);
    } catch {
      // blocked: reported below
    }
    const { progress, notices, readOnly } = parseProgress(text, lessons);
    Object.assign(store, { progress, readOnly, canSave: !!storage && !readOnly });
    if (!storage) notices.push('storageBlocked');
    else if (notices.length && !readOnly) {
      // Back up what could not be read before anything overwrites it: a reset loses nothing.
      try {
        backUp(storage, text!, notices[0]!);
        storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
      } catch {
        store.canSave = false;
        notices.push('saveFailed');
      }
    }
    for (const notice of notices) if (!store.notices.includes(notice)) store.notices.push(notice);
  };
  store.reload = () => {
    store.notices = [];
    load();
  };
  store.write = (incoming) => {
    load();
    store.progress = mergeSections(store.progress, incoming);
    if (!store.canSave) return false;
    try {
      storage!.setItem(PROGRESS_KEY, JSON.stringify(store.progress));
      // Outside a browser (tests, scripts) there is no window to tell.
      globalThis.dispatchEvent?.(new Event(PROGRESS_SAVED_EVENT));
      return true;
    } catch {
      if (!store.notices.includes('saveFailed')) store.notices.push('saveFailed');
      return false;
    }
  };
  store.reload();
  return store;
}
