import { describe, expect, it } from 'vitest';
import { ITEM_COUNT, isManipulativeSlot, CHECK_TECHNIQUES } from '../src/utils/check/answers';
import { interpretChange, scoreAnswers, techniquesRatedReliable } from '../src/utils/check/scoring';
import { randomAnswers, seeded, uniform } from './support/check';

const perfect = Array.from({ length: ITEM_COUNT }, (_, i) =>
  isManipulativeSlot(i) ? { rating: 1, share: false } : { rating: 7, share: true },
);

describe('scoring one attempt', () => {
  it('gives a perfect answer set the top discernment and sharing discernment', () => {
    expect(scoreAnswers(perfect)).toEqual({ discernment: 6, scepticism: 4, sharingDiscernment: 1 });
    expect(techniquesRatedReliable(perfect)).toEqual([]);
  });

  it('gives everything-distrusted zero discernment and the most sceptical mean', () => {
    expect(scoreAnswers(uniform(1, false))).toEqual({
      discernment: 0,
      scepticism: 1,
      sharingDiscernment: 0,
    });
  });

  it('gives everything-trusted zero discernment and lists every technique as rated reliable', () => {
    expect(scoreAnswers(uniform(7, true))).toEqual({
      discernment: 0,
      scepticism: 7,
      sharingDiscernment: 0,
    });
    expect(techniquesRatedReliable(uniform(7, true))).toEqual([...CHECK_TECHNIQUES]);
  });

  it('gives a fully reversed set the lowest scores', () => {
    const reversed = perfect.map(({ rating, share }) => ({ rating: 8 - rating, share: !share }));
    expect(scoreAnswers(reversed)).toEqual({
      discernment: -6,
      scepticism: 4,
      sharingDiscernment: -1,
    });
  });

  it('scores random answer sets as the definitions say, within their ranges', () => {
    const random = seeded(7);
    for (let run = 0; run < 200; run++) {
      const answers = randomAnswers(random);
      const m = answers.slice(0, 8);
      const t = answers.slice(8);
      const avg = (xs: number[]) => xs.reduce((a, b) => a + b) / xs.length;
      const scores = scoreAnswers(answers);
      expect(scores.discernment).toBeCloseTo(
        avg(t.map((a) => a.rating)) - avg(m.map((a) => a.rating)),
      );
      expect(scores.scepticism).toBeCloseTo(avg(answers.map((a) => a.rating)));
      expect(scores.sharingDiscernment).toBeCloseTo(
        t.filter((a) => a.share).length / 8 - m.filter((a) => a.share).length / 8,
      );
      expect(Math.abs(scores.discernment)).toBeLessThanOrEqual(6);
      expect(scores.scepticism).toBeGreaterThanOrEqual(1);
      expect(scores.scepticism).toBeLessThanOrEqual(7);
    }
  });

  it('lists a technique as rated reliable from a rating of 5', () => {
    const answers = uniform(4, false);
    answers[2] = { rating: 5, share: false };
    answers[10] = { rating: 7, share: false }; // a trustworthy item: not a technique
    expect(techniquesRatedReliable(answers)).toEqual(['false-dichotomy']);
  });
});

describe('interpreting a change', () => {
  const s = (discernment: number, scepticism: number) => ({
    discernment,
    scepticism,
    sharingDiscernment: 0,
  });
  it('calls a small change no clear change', () => {
    expect(interpretChange(s(1, 4), s(1.5, 3.6))).toEqual({
      discernment: 'same',
      scepticism: 'same',
      distrustOnly: false,
    });
  });
  it('recognises better discernment', () => {
    expect(interpretChange(s(1, 4), s(3, 4)).discernment).toBe('up');
  });
  it('flags a general drop in trust without better discernment', () => {
    expect(interpretChange(s(1, 4.5), s(1.25, 3))).toEqual({
      discernment: 'same',
      scepticism: 'up',
      distrustOnly: true,
    });
    expect(interpretChange(s(1, 4.5), s(3, 3)).distrustOnly).toBe(false);
  });
});
