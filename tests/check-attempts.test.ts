import { describe, expect, it } from 'vitest';
import {
  emptyCheckSection,
  mergeCheckSections,
  nextStep,
  recordCheckAttempt,
  sanitizeCheckSection,
  type CheckAttempt,
} from '../src/utils/check/attempts';
import { uniform } from './support/check';

const attempt = (n: 1 | 2 | 3, form: 'A' | 'B' | 'C', at: string, rating = 4): CheckAttempt => ({
  form,
  attempt: n,
  answers: uniform(rating, false),
  at,
});

describe('check attempts in the progress store', () => {
  it('keeps valid attempts and drops damaged ones', () => {
    const good = attempt(1, 'B', '2026-01-05T10:00:00.000Z');
    const section = sanitizeCheckSection({
      attempts: [
        good,
        { ...good, attempt: 2, form: 'Z' },
        { ...good, attempt: 2, answers: uniform(9, false) },
        { ...good, attempt: 3, at: 'yesterday' },
        'nonsense',
      ],
    });
    expect(section).toEqual({ attempts: [good] });
    expect(sanitizeCheckSection(undefined)).toEqual(emptyCheckSection());
    expect(sanitizeCheckSection({ attempts: 'x' })).toEqual(emptyCheckSection());
  });

  it('merges two devices, keeping the earlier record of the same attempt', () => {
    const here = { attempts: [attempt(1, 'A', '2026-01-05T10:00:00.000Z', 3)] };
    const there = {
      attempts: [
        attempt(1, 'C', '2026-01-04T10:00:00.000Z', 5),
        attempt(2, 'B', '2026-02-01T10:00:00.000Z'),
      ],
    };
    const merged = mergeCheckSections(here, there);
    expect(merged.attempts.map((a) => `${a.attempt}${a.form}`)).toEqual(['1C', '2B']);
    expect(mergeCheckSections(there, here)).toEqual(merged);
  });

  it('gives a random form first, another form after the course, the third a week later', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    expect(nextStep(emptyCheckSection(), now, () => 0)).toEqual({
      kind: 'take',
      attempt: 1,
      form: 'A',
    });
    expect(nextStep(emptyCheckSection(), now, () => 0.99)).toEqual({
      kind: 'take',
      attempt: 1,
      form: 'C',
    });
    let section = recordCheckAttempt(
      emptyCheckSection(),
      attempt(1, 'B', '2026-02-01T00:00:00.000Z'),
    );
    expect(nextStep(section, now, () => 0)).toEqual({ kind: 'take', attempt: 2, form: 'A' });
    expect(nextStep(section, now, () => 0.7)).toEqual({ kind: 'take', attempt: 2, form: 'C' });
    section = recordCheckAttempt(section, attempt(2, 'C', '2026-02-27T12:00:00.000Z'));
    expect(nextStep(section, now, () => 0.5)).toEqual({
      kind: 'wait',
      attempt: 3,
      from: new Date('2026-03-06T12:00:00.000Z'),
    });
    expect(nextStep(section, new Date('2026-03-06T12:00:00.000Z'), () => 0.5)).toEqual({
      kind: 'take',
      attempt: 3,
      form: 'A',
    });
    section = recordCheckAttempt(section, attempt(3, 'A', '2026-03-07T00:00:00.000Z'));
    expect(nextStep(section, now, Math.random)).toEqual({ kind: 'done' });
  });
});
