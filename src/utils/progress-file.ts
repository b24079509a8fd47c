/*
 * Progress files and the progress page's reckoning: export, import (anything that is not ours
 * is refused whole), merge, and which lesson to continue. Kept apart from the store so that
 * lesson pages, which only record attempts, do not download this code.
 */
import {
  isObject,
  lessonStatus,
  parseStoredProgress,
  readEnvelope,
  type LessonRecord,
  type LessonStatus,
  type Progress,
} from './progress-store';

/**
 * The lesson to continue: the most recently touched lesson that is not completed, else the
 * first lesson not completed in course order, else none (everything is done).
 */
export function lessonToContinue(progress: Progress, lessonIdsInOrder: string[]): string | null {
  const unfinished = Object.entries(progress.lessons)
    .filter(([id, record]) => record.status !== 'completed' && lessonIdsInOrder.includes(id))
    .sort(([, a], [, b]) => b.lastAttemptAt.localeCompare(a.lastAttemptAt));
  if (unfinished.length) return unfinished[0]![0];
  return lessonIdsInOrder.find((id) => lessonStatus(progress, id) !== 'completed') ?? null;
}

export type ImportResult =
  | { ok: true; progress: Progress; damaged: boolean }
  | { ok: false; reason: 'not-json' | 'foreign' | 'newer-version' };

/** Read an exported progress file. Anything that is not ours is refused whole. */
export function parseProgressFile(text: string): ImportResult {
  const envelope = readEnvelope(text);
  if (envelope.kind === 'newer') return { ok: false, reason: 'newer-version' };
  if (envelope.kind !== 'ours') return { ok: false, reason: envelope.kind };
  if (!isObject(envelope.data.lessons)) return { ok: false, reason: 'foreign' };
  const parsed = parseStoredProgress(text);
  return { ok: true, progress: parsed.progress, damaged: parsed.notices.length > 0 };
}

const statusRank: Record<LessonStatus, number> = { 'not-started': 0, attempted: 1, completed: 2 };

/** Combine two progress records lesson by lesson, keeping the better of each. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const lessons = { ...current.lessons };
  for (const [lessonId, theirs] of Object.entries(incoming.lessons)) {
    const ours = lessons[lessonId];
    if (!ours) {
      lessons[lessonId] = theirs;
      continue;
    }
    const latest = theirs.lastAttemptAt > ours.lastAttemptAt ? theirs : ours;
    const completedAt = [ours.completedAt, theirs.completedAt].filter(Boolean).sort()[0];
    const merged: LessonRecord = {
      ...latest,
      status: statusRank[theirs.status] > statusRank[ours.status] ? theirs.status : ours.status,
      bestScore: Math.max(ours.bestScore, theirs.bestScore),
      firstAttemptAt: [ours.firstAttemptAt, theirs.firstAttemptAt].sort()[0]!,
    };
    delete merged.completedAt;
    if (completedAt) merged.completedAt = completedAt;
    lessons[lessonId] = merged;
  }
  return { ...current, lessons };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress, null, 2);
}
