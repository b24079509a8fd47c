/*
 * The result code: one attempt (form, attempt, 16 answers) as 16 characters a learner can copy,
 * read aloud or type, e.g. "A1K3-9QXM-2T7D-HB4R".
 *
 *   character 1      the form, A B or C
 *   character 2      the attempt, 1 2 or 3 (other digits are kept for later versions)
 *   characters 3-15  the answers: each item is one of 14 values (rating 1-7 x share yes/no),
 *                    read as a 16-digit base-14 number (slot m1 least significant) written
 *                    in 13 base-32 digits, most significant first
 *   character 16     a check character
 *
 * The alphabet is Crockford's base 32 (no I, L, O, U); I and L are read as 1 and O as 0, and
 * hyphens, spaces and letter case are ignored, so codes survive handwriting and retyping.
 *
 * The check character is a Damm check over GF(32): the state starts at 0 and each character d
 * turns it into 2*state + d (field arithmetic, modulus x^5 + x^2 + 1); the check character makes
 * the final state 0. Because multiplying by 2 and adding d are both one-to-one, changing any one
 * character changes every later state, so every single-character substitution is caught; and
 * because 2 + 1 is not 0 in the field, so is every swap of two neighbours.
 */
import {
  FORMS,
  ITEM_COUNT,
  ATTEMPTS,
  type CheckAnswers,
  type Form,
  type AttemptNumber,
} from './answers';

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 16;
const ANSWER_DIGITS = 13;
const VALUES_PER_ITEM = 14n;
const ANSWER_SPACE = VALUES_PER_ITEM ** BigInt(ITEM_COUNT);

/** Multiply by 2 in GF(32) with modulus x^5 + x^2 + 1. */
const times2 = (value: number) => (value & 16 ? (value << 1) ^ 0b100101 : value << 1);

function dammState(values: number[]): number {
  return values.reduce((state, d) => times2(state) ^ d, 0);
}

/** Remove separators, fold case and Crockford's look-alikes. */
export function normalizeCode(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-‐-―_.]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

/** Group a code in fours for display: A1K3-9QXM-2T7D-HB4R. */
export const formatCode = (code: string) => code.match(/.{1,4}/g)!.join('-');

export function encodeResult({ form, attempt, answers }: CheckAnswers): string {
  let number = 0n;
  for (let i = ITEM_COUNT - 1; i >= 0; i--) {
    const { rating, share } = answers[i]!;
    number = number * VALUES_PER_ITEM + BigInt((rating - 1) * 2 + (share ? 1 : 0));
  }
  let digits = '';
  for (let i = 0; i < ANSWER_DIGITS; i++) {
    digits = ALPHABET[Number(number % 32n)] + digits;
    number /= 32n;
  }
  const body = form + attempt + digits;
  const check = times2(dammState([...body].map((c) => ALPHABET.indexOf(c))));
  return formatCode(body + ALPHABET[check]);
}

export type CodeProblem =
  | { reason: 'empty' }
  | { reason: 'bad-character'; character: string; position: number }
  | { reason: 'wrong-length'; length: number }
  | { reason: 'checksum' }
  | { reason: 'unknown-form'; form: string }
  | { reason: 'unknown-attempt'; attempt: string }
  | { reason: 'out-of-range' };

export type DecodeResult =
  ({ ok: true; code: string } & CheckAnswers) | ({ ok: false } & CodeProblem);

export function decodeResult(text: string): DecodeResult {
  const code = normalizeCode(text);
  if (!code) return { ok: false, reason: 'empty' };
  const values = [...code].map((c) => ALPHABET.indexOf(c));
  const bad = values.indexOf(-1);
  if (bad >= 0)
    return { ok: false, reason: 'bad-character', character: [...code][bad]!, position: bad + 1 };
  if (code.length !== CODE_LENGTH)
    return { ok: false, reason: 'wrong-length', length: code.length };
  if (dammState(values) !== 0) return { ok: false, reason: 'checksum' };
  const form = code[0] as Form;
  if (!FORMS.includes(form)) return { ok: false, reason: 'unknown-form', form: code[0]! };
  const attempt = Number(code[1]) as AttemptNumber;
  if (!ATTEMPTS.includes(attempt))
    return { ok: false, reason: 'unknown-attempt', attempt: code[1]! };
  let number = values.slice(2, 2 + ANSWER_DIGITS).reduce((n, v) => n * 32n + BigInt(v), 0n);
  if (number >= ANSWER_SPACE) return { ok: false, reason: 'out-of-range' };
  const answers = [];
  for (let i = 0; i < ITEM_COUNT; i++) {
    const value = Number(number % VALUES_PER_ITEM);
    number /= VALUES_PER_ITEM;
    answers.push({ rating: (value >> 1) + 1, share: (value & 1) === 1 });
  }
  return { ok: true, code: formatCode(code), form, attempt, answers };
}
