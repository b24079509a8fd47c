/*
 * The `lessons` progress section: one record per lesson, keyed by lessonId (the same in every
 * language, so switching language keeps progress), written by the quiz.
 *
 * A record keeps its best score with the length of the quiz it was earned on (`bestOf`), so a
 * quiz that gains or loses a question keeps the record and shows "7 / 7" as earned. Records are
 * merged per question: the later answer to each question wins, the better score is kept.
 */
import type { Answers } from './scoring';
import {
  isObject,
  openProgressStore,
  registerSection,
  type Notice,
  type Progress,
  type StorageLike,
} from './progress-store';

// Lesson pages load this module on demand to save a checked answer (saveAttempt).

export type LessonStatus = 'not-started' | 'attempted' | 'completed';

export interface LessonRecord {
  status: 'attempted' | 'completed';
  /** The best score, out of `bestOf` questions: the quiz's length when it was earned. */
  bestScore: number;
  bestOf: number;
  lastScore: number;
  /** The quiz's length at the last attempt. */
  maxScore: number;
  /** The last checked answer to each question. */
  lastAnswers: Answers;
  firstAttemptAt: string;
  lastAttemptAt: string;
  completedAt?: string;
}

export type LessonRecords = Record<string, LessonRecord>;

/** No quiz has more questions or options; larger numbers are damage. */
const MAX_COUNT = 100;
/** No progress was made before the course existed; later than a month ahead is a broken clock. */
const EARLIEST = Date.UTC(2024, 0);
const LATEST_AHEAD = 31 * 864e5;
const ID = /^[a-z0-9-]{1,64}$/;

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** The records of progress, read with an own-property lookup. */
export const lessonRecords = (progress: Progress): LessonRecords =>
  isObject(progress.lessons) ? (progress.lessons as LessonRecords) : {};

export function lessonRecord(progress: Progress, lessonId: string): LessonRecord | undefined {
  const records = lessonRecords(progress);
  return hasOwn(records, lessonId) ? records[lessonId] : undefined;
}

export function lessonStatus(progress: Progress, lessonId: string): LessonStatus {
  return lessonRecord(progress, lessonId)?.status ?? 'not-started';
}

const isScore = (score: unknown, of: unknown) =>
  Number.isInteger(score) &&
  Number.isInteger(of) &&
  (score as number) >= 0 &&
  (score as number) <= (of as number) &&
  (of as number) > 0 &&
  (of as number) <= MAX_COUNT;

function time(value: unknown, now: number): string | undefined {
  const at = typeof value == 'string' ? Date.parse(value) : NaN;
  return at >= EARLIEST && at <= now + LATEST_AHEAD ? new Date(at).toISOString() : undefined;
}

function answers(value: unknown): Answers | undefined {
  if (!isObject(value)) return;
  const entries = Object.entries(value);
  if (
    entries.length <= MAX_COUNT &&
    entries.every(
      ([id, chosen]) =>
        ID.test(id) &&
        Array.isArray(chosen) &&
        chosen.length <= MAX_COUNT &&
        chosen.every((option) => typeof option == 'string' && ID.test(option)),
    )
  )
    return Object.fromEntries(entries) as Answers;
}

/** A record holding only the defined fields, or undefined when it is damaged. */
export function sanitizeRecord(raw: unknown, now: number): LessonRecord | undefined {
  if (!isObject(raw)) return;
  const { status, bestScore, lastScore, maxScore } = raw;
  // Version 1 had no bestOf: its best score was out of maxScore.
  const bestOf = raw.bestOf ?? maxScore;
  const first = time(raw.firstAttemptAt, now);
  const last = time(raw.lastAttemptAt, now);
  const completed = raw.completedAt === undefined ? '' : time(raw.completedAt, now);
  const lastAnswers = answers(raw.lastAnswers);
  if (
    (status == 'attempted' || status == 'completed') &&
    isScore(bestScore, bestOf) &&
    isScore(lastScore, maxScore) &&
    first &&
    last &&
    first <= last &&
    completed !== undefined &&
    (!completed || completed >= first) &&
    lastAnswers
  ) {
    const record = {
      status,
      bestScore,
      bestOf,
      lastScore,
      maxScore,
      lastAnswers,
      firstAttemptAt: first,
      lastAttemptAt: last,
    } as LessonRecord;
    if (completed) record.completedAt = completed;
    return record;
  }
}

/** The better of two scores, each against the quiz it was earned on. */
const better = (a: LessonRecord, b: LessonRecord) =>
  b.bestScore * a.bestOf > a.bestScore * b.bestOf ? b : a;
const earliest = (...dates: (string | undefined)[]) => dates.filter(Boolean).sort()[0];

/** Two records of one lesson as one: per question, the later answer wins; the best is kept. */
export function mergeRecords(a: LessonRecord, b: LessonRecord): LessonRecord {
  const [older, later] = a.lastAttemptAt > b.lastAttemptAt ? [b, a] : [a, b];
  const best = better(a, b);
  const record: LessonRecord = {
    ...later,
    status: a.status == 'completed' ? a.status : b.status,
    bestScore: best.bestScore,
    bestOf: best.bestOf,
    lastAnswers: { ...older.lastAnswers, ...later.lastAnswers },
    firstAttemptAt: earliest(a.firstAttemptAt, b.firstAttemptAt)!,
  };
  const completedAt = earliest(a.completedAt, b.completedAt);
  if (completedAt) record.completedAt = completedAt;
  return record;
}

registerSection<LessonRecords>('lessons', {
  sanitize(raw, ctx) {
    const records: LessonRecords = {};
    if (!isObject(raw)) return records;
    for (const id of ctx.lessons) {
      const record = hasOwn(raw, id) ? sanitizeRecord(raw[id], ctx.now) : undefined;
      if (record) records[id] = record;
    }
    if (Object.keys(raw).length > Object.keys(records).length) ctx.dropped = true;
    return records;
  },
  merge(stored, incoming) {
    const merged = { ...stored };
    for (const id of Object.keys(incoming))
      merged[id] = hasOwn(stored, id) ? mergeRecords(stored[id]!, incoming[id]!) : incoming[id]!;
    return merged;
  },
});

export interface Attempt {
  lessonId: string;
  /** The answers just checked; other questions keep their saved answers. */
  answers: Answers;
  score: number;
  maxScore: number;
  /** Every question of the quiz has been checked. */
  finished: boolean;
  now: Date;
}

/** The change one checked answer makes: a record to merge into the stored one. */
export function attemptRecords({ lessonId, answers, score, maxScore, finished, now }: Attempt): {
  lessons: LessonRecords;
} {
  const at = now.toISOString();
  const record: LessonRecord = {
    status: finished ? 'completed' : 'attempted',
    bestScore: score,
    bestOf: maxScore,
    lastScore: score,
    maxScore,
    lastAnswers: answers,
    firstAttemptAt: at,
    lastAttemptAt: at,
  };
  if (finished) record.completedAt = at;
  return { lessons: { [lessonId]: record } };
}

/** Save one checked answer; returns the store's notices (storage blocked, save failed…). */
export function saveAttempt(
  getStorage: () => StorageLike | null | undefined,
  lessons: readonly string[],
  attempt: Attempt,
): Notice[] {
  const store = openProgressStore(getStorage, lessons);
  store.write(attemptRecords(attempt));
  return store.notices;
}
