/*
 * Progress kept on the learner's device, in localStorage, under one key. Records are keyed by
 * lessonId, which is the same in every language, so switching language keeps progress.
 *
 * Nothing here throws at the learner: unreadable data is set aside (a backup copy is kept) and
 * reported as a notice; data written by a newer version is left untouched and the store goes
 * read-only; blocked storage leaves quizzes working with a notice that nothing is saved.
 */
import type { Answers } from './scoring';

export const PROGRESS_KEY = 'second-look:progress';
export const BACKUP_KEY = 'second-look:progress:unreadable';
export const PROGRESS_FORMAT = 'second-look-progress';
export const PROGRESS_VERSION = 1;

export type LessonStatus = 'not-started' | 'attempted' | 'completed';

export interface LessonRecord {
  status: 'attempted' | 'completed';
  bestScore: number;
  lastScore: number;
  maxScore: number;
  lastAnswers: Answers;
  firstAttemptAt: string;
  lastAttemptAt: string;
  completedAt?: string;
}

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonRecord>;
}

export type Notice =
  /** The saved data was not readable; it was set aside and progress starts afresh. */
  | 'unreadable'
  /** The saved data was written by a newer version; it is kept as it is, nothing is saved. */
  | 'newer-version'
  /** Some lesson records were damaged and were reset; the others are kept. */
  | 'entries-reset'
  /** The browser does not let this page store anything; quizzes work, nothing is kept. */
  | 'storage-blocked';

export interface ParsedProgress {
  progress: Progress;
  notices: Notice[];
  /** True when the stored data must not be overwritten. */
  readOnly: boolean;
}

export function emptyProgress(): Progress {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, lessons: {} };
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

function isAnswers(value: unknown): value is Answers {
  return (
    isObject(value) &&
    Object.values(value).every(
      (chosen) => Array.isArray(chosen) && chosen.every((id) => typeof id === 'string'),
    )
  );
}

export function isLessonRecord(value: unknown): value is LessonRecord {
  if (!isObject(value)) return false;
  const { status, bestScore, lastScore, maxScore, completedAt } = value;
  return (
    (status === 'attempted' || status === 'completed') &&
    [bestScore, lastScore, maxScore].every(isCount) &&
    (bestScore as number) <= (maxScore as number) &&
    (lastScore as number) <= (maxScore as number) &&
    isAnswers(value.lastAnswers) &&
    [value.firstAttemptAt, value.lastAttemptAt].every(isDate) &&
    (completedAt === undefined || isDate(completedAt))
  );
}

export type Envelope =
  | { kind: 'ours'; data: Record<string, unknown> }
  | { kind: 'newer' }
  | { kind: 'not-json' }
  | { kind: 'foreign' };

export function readEnvelope(text: string): Envelope {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'not-json' };
  }
  if (!isObject(data) || data.format !== PROGRESS_FORMAT || !isCount(data.version)) {
    return { kind: 'foreign' };
  }
  if (data.version > PROGRESS_VERSION) return { kind: 'newer' };
  return { kind: 'ours', data };
}

/** Read whatever is stored under the progress key. `null` means nothing was ever saved. */
export function parseStoredProgress(text: string | null): ParsedProgress {
  const progress = emptyProgress();
  const result = (notices: Notice[], readOnly = false) => ({ progress, notices, readOnly });
  if (text === null) return result([]);
  const envelope = readEnvelope(text);
  if (envelope.kind === 'newer') return result(['newer-version'], true);
  if (envelope.kind !== 'ours') return result(['unreadable']);
  const lessons = envelope.data.lessons;
  let damaged = !isObject(lessons);
  for (const [lessonId, record] of Object.entries(isObject(lessons) ? lessons : {})) {
    if (isLessonRecord(record)) progress.lessons[lessonId] = record;
    else damaged = true;
  }
  return result(damaged ? ['entries-reset'] : []);
}

export function lessonStatus(progress: Progress, lessonId: string): LessonStatus {
  return progress.lessons[lessonId]?.status ?? 'not-started';
}

export interface Attempt {
  lessonId: string;
  answers: Answers;
  score: number;
  maxScore: number;
  /** Every question of the quiz has been checked. */
  finished: boolean;
  now: Date;
}

/** Progress after one checked answer or one finished quiz. Returns a new object. */
export function recordAttempt(progress: Progress, attempt: Attempt): Progress {
  const at = attempt.now.toISOString();
  const previous = progress.lessons[attempt.lessonId];
  const completed = previous?.status === 'completed' || attempt.finished;
  const record: LessonRecord = {
    status: completed ? 'completed' : 'attempted',
    bestScore: Math.max(previous?.bestScore ?? 0, attempt.score),
    lastScore: attempt.score,
    maxScore: attempt.maxScore,
    lastAnswers: attempt.answers,
    firstAttemptAt: previous?.firstAttemptAt ?? at,
    lastAttemptAt: at,
  };
  const completedAt = previous?.completedAt ?? (attempt.finished ? at : undefined);
  if (completedAt) record.completedAt = completedAt;
  return { ...progress, lessons: { ...progress.lessons, [attempt.lessonId]: record } };
}

/** The part of the Web Storage API the store needs; tests pass a Map-backed fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface ProgressStore extends ParsedProgress {
  /** False when the browser blocks storage: nothing will be kept. */
  canSave: boolean;
  /** Save a new state. Returns false (and keeps the data unchanged) when it cannot. */
  save(progress: Progress): boolean;
}

/**
 * Open the store. `getStorage` is a function because merely touching `localStorage` throws in
 * some browsers (blocked cookies, sandboxed iframes).
 */
export function openProgressStore(getStorage: () => StorageLike | null | undefined): ProgressStore {
  let storage: StorageLike | null | undefined;
  let text: string | null = null;
  try {
    storage = getStorage();
    text = storage ? storage.getItem(PROGRESS_KEY) : null;
  } catch {
    storage = null;
  }
  const parsed = parseStoredProgress(text);
  if (!storage) {
    return { ...parsed, notices: ['storage-blocked'], canSave: false, save: () => false };
  }
  const store: ProgressStore = {
    ...parsed,
    canSave: !parsed.readOnly,
    save(progress) {
      if (!store.canSave) return false;
      try {
        storage!.setItem(PROGRESS_KEY, JSON.stringify(progress));
        store.progress = progress;
        return true;
      } catch {
        return false;
      }
    },
  };
  if (parsed.notices.length && text !== null) {
    // Set the damaged text aside before anything overwrites it, so a reset loses nothing for good.
    try {
      storage.setItem(BACKUP_KEY, text);
      if (parsed.notices.includes('unreadable')) {
        storage.setItem(PROGRESS_KEY, JSON.stringify(parsed.progress));
      }
    } catch {
      store.canSave = false;
    }
  }
  return store;
}
