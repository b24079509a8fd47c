/*
 * A light look at saved progress, for lesson pages: they show saved answers at once, and load
 * the store (progress-store.ts, with its checks, merging and backups) only when they save.
 * What peek returns is unchecked JSON: read it defensively (Array.isArray, typeof).
 */

export const PROGRESS_KEY = 'second-look:progress';
export const PROGRESS_FORMAT = 'second-look-progress';
export const PROGRESS_VERSION = 2;
/**
 * Dispatched on window after every successful save, so code that mirrors progress elsewhere
 * (the SCORM bridge, src/scorm/bridge.ts) learns of it without loading the store.
 */
export const PROGRESS_SAVED_EVENT = 'second-look:progress-saved';

export interface Peek {
  /** The saved data when it is ours and this version reads it; otherwise empty. */
  data: Record<string, unknown>;
  /** Nothing can be saved: storage is blocked, or a newer version wrote the data. */
  notice?: 'storageBlocked' | 'newerVersion';
}

export function peek(): Peek {
  let text;
  try {
    text = localStorage.getItem(PROGRESS_KEY);
  } catch {
    return { data: {}, notice: 'storageBlocked' };
  }
  try {
    const data = JSON.parse(text!);
    if (data.format == PROGRESS_FORMAT)
      return data.version > PROGRESS_VERSION ? { data: {}, notice: 'newerVersion' } : { data };
  } catch {
    // unreadable: the store backs it up when it next saves, and says so
  }
  return { data: {} };
}
