/*
 * The check's part of the learner's progress: the attempts, which form comes next, and when.
 * Pure functions, so the progress store can register them as its "check" section: sanitize
 * (keep what is valid, drop the rest) and merge (two devices, or an imported file).
 */
import { FORMS, isCheckAnswers, type AttemptNumber, type CheckAnswers, type Form } from './answers';

export interface CheckAttempt extends CheckAnswers {
  /** When the attempt was finished (ISO 8601). */
  at: string;
}

export interface CheckSection {
  attempts: CheckAttempt[];
}

export const DELAY_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

export const emptyCheckSection = (): CheckSection => ({ attempts: [] });

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

const byAttempt = (a: CheckAttempt, b: CheckAttempt) => a.attempt - b.attempt;

/** Keep the valid attempts, one per attempt number (the earliest), in order. */
export function sanitizeCheckSection(value: unknown): CheckSection {
  const list = (value as CheckSection | null)?.attempts;
  const valid = (Array.isArray(list) ? list : [])
    .filter((a): a is CheckAttempt => isCheckAnswers(a) && isDate(a.at))
    .map(({ form, attempt, answers, at }) => ({
      form,
      attempt,
      answers: answers.map(({ rating, share }) => ({ rating, share })),
      at,
    }));
  return mergeCheckSections(emptyCheckSection(), { attempts: valid });
}

/** Union of two sections; where both hold the same attempt, the earlier one is the record. */
export function mergeCheckSections(current: CheckSection, incoming: CheckSection): CheckSection {
  const kept = new Map<AttemptNumber, CheckAttempt>();
  for (const attempt of [...current.attempts, ...incoming.attempts]) {
    const seen = kept.get(attempt.attempt);
    if (!seen || attempt.at < seen.at) kept.set(attempt.attempt, attempt);
  }
  return { attempts: [...kept.values()].sort(byAttempt) };
}

export type NextStep =
  | { kind: 'take'; attempt: AttemptNumber; form: Form }
  | { kind: 'wait'; attempt: 3; from: Date }
  | { kind: 'done' };

/**
 * What the learner can do next. Attempt 1 gets a random form; attempt 2 another one; the
 * delayed attempt 3, the remaining form, opens DELAY_DAYS after attempt 2. `random` is
 * Math.random in the browser and a fixed value in tests.
 */
export function nextStep(section: CheckSection, now: Date, random: () => number): NextStep {
  const done = section.attempts;
  const last = done.at(-1)?.attempt ?? 0;
  if (last >= 3) return { kind: 'done' };
  const attempt = (last + 1) as AttemptNumber;
  const unused = FORMS.filter((form) => !done.some((a) => a.form === form));
  const form = unused[Math.floor(random() * unused.length) % unused.length]!;
  const second = done.find((a) => a.attempt === 2);
  if (attempt === 3 && second) {
    const from = new Date(Date.parse(second.at) + DELAY_DAYS * DAY);
    if (now < from) return { kind: 'wait', attempt: 3, from };
  }
  return { kind: 'take', attempt, form };
}

/** Record a finished attempt. Returns a new section. */
export function recordCheckAttempt(section: CheckSection, attempt: CheckAttempt): CheckSection {
  return mergeCheckSections(section, { attempts: [attempt] });
}
