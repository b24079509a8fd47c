import { describe, expect, it } from 'vitest';
import { FORMS, ATTEMPTS } from '../src/utils/check/answers';
import {
  ALPHABET,
  CODE_LENGTH,
  decodeResult,
  encodeResult,
  normalizeCode,
} from '../src/utils/check/result-code';
import { randomAnswers, seeded, uniform } from './support/check';

const random = seeded(2026);
const samples = [
  { form: 'A' as const, attempt: 1 as const, answers: uniform(1, false) },
  { form: 'C' as const, attempt: 3 as const, answers: uniform(7, true) },
  ...Array.from({ length: 60 }, (_, i) => ({
    form: FORMS[i % 3]!,
    attempt: ATTEMPTS[Math.floor(i / 3) % 3]!,
    answers: randomAnswers(random),
  })),
];

describe('result code', () => {
  it('round-trips form, attempt and every answer', () => {
    for (const sample of samples) {
      const code = encodeResult(sample);
      expect(code.length).toBeLessThanOrEqual(60);
      expect(normalizeCode(code)).toHaveLength(CODE_LENGTH);
      expect(code.startsWith(sample.form + sample.attempt)).toBe(true);
      const decoded = decodeResult(code);
      expect(decoded).toEqual({ ok: true, code, ...sample });
    }
  });

  it('reads codes typed in lower case, with spaces, and with I, L and O for 1 and 0', () => {
    const code = encodeResult(samples[5]!);
    const retyped = code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
    expect(decodeResult(retyped)).toMatchObject({ ok: true, code });
  });

  it('rejects every single-character substitution of every sample code', () => {
    let tried = 0;
    for (const sample of samples) {
      const plain = normalizeCode(encodeResult(sample));
      for (let position = 0; position < plain.length; position++) {
        for (const replacement of ALPHABET) {
          if (replacement === plain[position]) continue;
          const typo = plain.slice(0, position) + replacement + plain.slice(position + 1);
          const result = decodeResult(typo);
          tried++;
          expect(result.ok, `${plain} -> ${typo}`).toBe(false);
        }
      }
    }
    expect(tried).toBe(samples.length * CODE_LENGTH * (ALPHABET.length - 1));
  });

  it('rejects every swap of two neighbouring characters that changes the code', () => {
    for (const sample of samples) {
      const plain = normalizeCode(encodeResult(sample));
      for (let i = 0; i + 1 < plain.length; i++) {
        if (plain[i] === plain[i + 1]) continue;
        const swapped = plain.slice(0, i) + plain[i + 1] + plain[i] + plain.slice(i + 2);
        expect(decodeResult(swapped).ok).toBe(false);
      }
    }
  });

  it('names the reason a code is refused', () => {
    const plain = normalizeCode(encodeResult(samples[3]!));
    expect(decodeResult('')).toEqual({ ok: false, reason: 'empty' });
    expect(decodeResult(plain.slice(0, 15))).toEqual({
      ok: false,
      reason: 'wrong-length',
      length: 15,
    });
    expect(decodeResult(plain + '7')).toMatchObject({ ok: false, reason: 'wrong-length' });
    expect(decodeResult(plain.slice(0, 4) + 'U' + plain.slice(5))).toEqual({
      ok: false,
      reason: 'bad-character',
      character: 'U',
      position: 5,
    });
    const typo = plain.slice(0, 6) + (plain[6] === 'X' ? 'Y' : 'X') + plain.slice(7);
    expect(decodeResult(typo)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('refuses a well-formed code of a form or attempt that does not exist', () => {
    // Build codes with a valid check character but an unknown form or attempt.
    const withCheck = (body: string) => {
      for (const c of ALPHABET)
        if (decodeResult(body + c).ok !== false || isFormOrAttemptProblem(body + c))
          return body + c;
      throw new Error('no check character');
    };
    const isFormOrAttemptProblem = (code: string) => {
      const r = decodeResult(code);
      return !r.ok && (r.reason === 'unknown-form' || r.reason === 'unknown-attempt');
    };
    const body = normalizeCode(encodeResult(samples[0]!)).slice(2, 15);
    expect(decodeResult(withCheck('D1' + body))).toMatchObject({
      ok: false,
      reason: 'unknown-form',
      form: 'D',
    });
    expect(decodeResult(withCheck('A7' + body))).toMatchObject({
      ok: false,
      reason: 'unknown-attempt',
      attempt: '7',
    });
  });
});
