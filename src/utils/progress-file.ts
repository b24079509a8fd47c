/*
 * The progress page's reckoning: export and import files (anything that is not ours is refused
 * whole, and so is a file too large to be ours, before it is read), backups kept in the
 * browser, reset, and which lesson to continue. Kept apart from the store so that lesson pages,
 * which only record attempts, do not download this code.
 */
import {
  BACKUP_PREFIX,
  PROGRESS_KEY,
  backUp,
  parseProgress,
  type Progress,
  type StorageLike,
} from './progress-store';
import { lessonRecords } from './lesson-records';

/** A real progress file is a few kilobytes; anything this large is not one. */
export const MAX_FILE_BYTES = 1_000_000;

/**
 * The lesson to continue: the most recently touched lesson that is not completed, else the
 * first lesson not completed in course order, else none (everything is done).
 */
export function lessonToContinue(progress: Progress, lessonIdsInOrder: string[]): string | null {
  const records = lessonRecords(progress);
  const unfinished = lessonIdsInOrder
    .filter((id) => records[id] && records[id].status !== 'completed')
    .sort((a, b) => records[b]!.lastAttemptAt.localeCompare(records[a]!.lastAttemptAt));
  return (
    unfinished[0] ?? lessonIdsInOrder.find((id) => records[id]?.status !== 'completed') ?? null
  );
}

export type ImportResult =
  | { ok: true; progress: Progress; damaged: boolean }
  | { ok: false; reason: 'tooLarge' | 'notOurs' | 'newerVersion' };

/** Refuse a file by its size before reading it. */
export const fileTooLarge = (bytes: number) => bytes > MAX_FILE_BYTES;

/** Read an exported progress file. Anything that is not ours is refused whole. */
export function parseProgressFile(
  text: string,
  lessons: readonly string[],
  now = Date.now(),
): ImportResult {
  if (fileTooLarge(text.length)) return { ok: false, reason: 'tooLarge' };
  const parsed = parseProgress(text, lessons, now);
  if (parsed.readOnly) return { ok: false, reason: 'newerVersion' };
  if (parsed.notices.includes('unreadable')) return { ok: false, reason: 'notOurs' };
  return { ok: true, progress: parsed.progress, damaged: parsed.notices.length > 0 };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress, null, 2);
}

export interface Backup {
  key: string;
  /** When it was made (ISO). */
  at: string;
  /** Why: a notice name (`unreadable`, `entriesReset`) or `reset`. */
  reason: string;
  text: string;
}

/** Every backup kept in this browser, newest first. */
export function listBackups(storage: StorageLike): Backup[] {
  const backups: Backup[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)!;
    // The single backup key of the first version is listed too.
    if (key == PROGRESS_KEY + ':unreadable')
      backups.push({ key, at: '', reason: 'unreadable', text: storage.getItem(key)! });
    const match = /^(\S+?)\+*\/(\w+)$/.exec(key.slice(BACKUP_PREFIX.length));
    if (key.startsWith(BACKUP_PREFIX) && match) {
      backups.push({ key, at: match[1]!, reason: match[2]!, text: storage.getItem(key)! });
    }
  }
  return backups.sort((a, b) => b.key.localeCompare(a.key));
}

/**
 * Reset. Unless `forGood`, the current data is backed up first, so nothing is lost; `forGood`
 * deletes the progress and every backup. Throws when storage refuses, so the page can say so.
 */
export function resetProgress(storage: StorageLike, forGood: boolean): void {
  const text = storage.getItem(PROGRESS_KEY);
  if (forGood) {
    const keys = [];
    for (let i = 0; i < storage.length; i++) keys.push(storage.key(i)!);
    for (const key of keys) if (key.startsWith(PROGRESS_KEY)) storage.removeItem(key);
  } else {
    if (text !== null) backUp(storage, text, 'reset');
    storage.removeItem(PROGRESS_KEY);
  }
}
