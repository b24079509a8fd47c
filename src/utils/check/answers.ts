/*
 * The shape of one attempt at the discernment check, shared by scoring, the result code, the
 * progress store and the class results. Items are addressed by slot, not by text: in every
 * form slot m1-m8 holds a manipulative item using technique 1-8 of CHECK_TECHNIQUES, and
 * t1-t8 a trustworthy item, so forms A, B and C are parallel by construction.
 */

export const FORMS = ['A', 'B', 'C'] as const;
export type Form = (typeof FORMS)[number];

/** Lesson 4's techniques that the check uses, in slot order; ids are the glossary's. */
export const CHECK_TECHNIQUES = [
  'emotional-language',
  'fearmongering',
  'false-dichotomy',
  'scapegoating',
  'attacking-the-person',
  'conspiracy',
  'impersonation',
  'out-of-context',
] as const;
export type CheckTechnique = (typeof CHECK_TECHNIQUES)[number];

export const SLOTS = [
  ...CHECK_TECHNIQUES.map((_, i) => `m${i + 1}`),
  ...CHECK_TECHNIQUES.map((_, i) => `t${i + 1}`),
] as const;
export const ITEM_COUNT = 16;
export const MANIPULATIVE_COUNT = 8;

/** 1 = the check before the course, 2 = after lesson 10, 3 = the delayed check. */
export const ATTEMPTS = [1, 2, 3] as const;
export type AttemptNumber = (typeof ATTEMPTS)[number];

export interface ItemAnswer {
  /** "How reliable is this post?" 1 (not at all) to 7 (very). */
  rating: number;
  /** "Would you share it?" */
  share: boolean;
}

export interface CheckAnswers {
  form: Form;
  attempt: AttemptNumber;
  /** One answer per slot, in SLOTS order. */
  answers: ItemAnswer[];
}

export const isManipulativeSlot = (index: number) => index < MANIPULATIVE_COUNT;

/** Slot index of an item id such as "b-t3" (index 10). */
export function slotIndex(itemId: string): number {
  return SLOTS.indexOf(itemId.slice(2) as (typeof SLOTS)[number]);
}

export function isItemAnswer(value: unknown): value is ItemAnswer {
  const v = value as ItemAnswer;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isInteger(v.rating) &&
    v.rating >= 1 &&
    v.rating <= 7 &&
    typeof v.share === 'boolean'
  );
}

export function isCheckAnswers(value: unknown): value is CheckAnswers {
  const v = value as CheckAnswers;
  return (
    typeof v === 'object' &&
    v !== null &&
    FORMS.includes(v.form) &&
    ATTEMPTS.includes(v.attempt) &&
    Array.isArray(v.answers) &&
    v.answers.length === ITEM_COUNT &&
    v.answers.every(isItemAnswer)
  );
}
