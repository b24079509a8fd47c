import { describe, expect, it } from 'vitest';
import { CHECK_TECHNIQUES, FORMS, type CheckAnswers } from '../src/utils/check/answers';
import { encodeResult } from '../src/utils/check/result-code';
import { scoreAnswers } from '../src/utils/check/scoring';
import {
  classCsv,
  codesFromProgressFile,
  hardestItems,
  hardestTechniques,
  meanWithInterval,
  parseCodes,
  summarizeAttempts,
  tCritical95,
} from '../src/utils/check/class-results';
import { randomAnswers, seeded } from './support/check';

/** A generated class: `size` learners, before and after, with a known effect on discernment. */
function generatedClass(size: number, seed: number): CheckAnswers[] {
  const random = seeded(seed);
  const out: CheckAnswers[] = [];
  for (let i = 0; i < size; i++) {
    const before = randomAnswers(random);
    // After: every manipulative item one point lower (floor 1): discernment can only rise.
    const after = before.map((a, slot) =>
      slot < 8 ? { ...a, rating: Math.max(1, a.rating - 1) } : a,
    );
    out.push({ form: FORMS[i % 3]!, attempt: 1, answers: before });
    out.push({ form: FORMS[(i + 1) % 3]!, attempt: 2, answers: after });
  }
  return out;
}

describe('reading pasted codes', () => {
  it('counts good lines and lists bad ones with their line number and reason', () => {
    const learners = generatedClass(3, 1);
    const codes = learners.map(encodeResult);
    const typo = codes[1]!.slice(0, 5) + (codes[1]![5] === 'X' ? 'Y' : 'X') + codes[1]!.slice(6);
    const text = [
      `Layla: ${codes[0]}`,
      typo,
      '',
      `Tom ${codes[2]}`,
      'A1K3-9QXM',
      `${codes[3]!.replace('-', 'U')}`,
      codes[4],
      codes[4],
      `Sam, ${codes[5]!.toLowerCase()}`,
    ].join('\n');
    const { entries, bad } = parseCodes(text);
    expect(entries.map((e) => [e.line, e.nickname, e.form, e.attempt])).toEqual([
      [1, 'Layla', learners[0]!.form, 1],
      [4, 'Tom', learners[2]!.form, 1],
      [7, '', learners[4]!.form, 1],
      [9, 'Sam', learners[5]!.form, 2],
    ]);
    expect(bad.map((b) => [b.line, b.problem.reason])).toEqual([
      [2, 'checksum'],
      [5, 'wrong-length'],
      [6, 'bad-character'],
      [8, 'duplicate'],
    ]);
    expect(entries[0]!.scores).toEqual(scoreAnswers(learners[0]!.answers));
  });

  it('counts the same answers from two nicknames as two learners', () => {
    const code = encodeResult(generatedClass(1, 9)[0]!);
    const { entries, bad } = parseCodes(`Ana: ${code}\nBo: ${code}\nana: ${code}`);
    expect(entries.map((e) => e.nickname)).toEqual(['Ana', 'Bo']);
    expect(bad).toMatchObject([{ line: 3, problem: { reason: 'duplicate', firstLine: 1 } }]);
  });

  it('reads the check attempts from an exported progress file, and refuses other files', () => {
    const [a, b] = generatedClass(1, 3);
    const file = JSON.stringify({
      format: 'second-look-progress',
      version: 1,
      lessons: {},
      check: {
        attempts: [
          { ...a, at: '2026-01-01T00:00:00Z' },
          { ...b, at: '2026-02-01T00:00:00Z' },
        ],
      },
    });
    expect(codesFromProgressFile(file)).toEqual([encodeResult(a!), encodeResult(b!)]);
    const sections = JSON.stringify({
      format: 'second-look-progress',
      version: 1,
      sections: { check: JSON.parse(file).check },
    });
    expect(codesFromProgressFile(sections)).toHaveLength(2);
    expect(codesFromProgressFile('{"hello":1}')).toBeNull();
    expect(codesFromProgressFile('not json')).toBeNull();
  });
});

describe('class aggregates', () => {
  it('uses Student t critical values', () => {
    expect(tCritical95(1)).toBeCloseTo(12.706, 3);
    expect(tCritical95(29)).toBeCloseTo(2.045, 3);
    expect(tCritical95(60)).toBeCloseTo(2.0, 2);
    expect(tCritical95(1000)).toBeCloseTo(1.962, 2);
  });

  it('computes a mean with its 95% confidence interval', () => {
    const r = meanWithInterval([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(r.mean).toBe(5);
    // sample sd = 2.138, se = 0.756, t(7) = 2.365
    expect(r.high! - r.mean).toBeCloseTo(2.365 * (2.13809 / Math.sqrt(8)), 3);
    expect(meanWithInterval([3])).toEqual({ n: 1, mean: 3, low: null, high: null });
  });

  it('summarises a generated class of 30 per attempt', () => {
    const learners = generatedClass(30, 11);
    const { entries, bad } = parseCodes(learners.map(encodeResult).join('\n'));
    expect(bad).toEqual([]);
    const [before, after, later] = summarizeAttempts(entries);
    expect([before!.n, after!.n, later!.n]).toEqual([30, 30, 0]);
    const expectedBefore = meanWithInterval(
      learners.filter((l) => l.attempt === 1).map((l) => scoreAnswers(l.answers).discernment),
    );
    expect(before!.discernment).toEqual(expectedBefore);
    // The generated "after" lowers manipulative ratings, so discernment rises and trust falls.
    expect(after!.discernment.mean).toBeGreaterThan(before!.discernment.mean);
    expect(after!.scepticism.mean).toBeLessThan(before!.scepticism.mean);
    expect(before!.discernment.low!).toBeLessThan(before!.discernment.mean);
    expect(Number.isNaN(later!.discernment.mean)).toBe(true);
    // Confidence intervals of a larger class are narrower.
    const big = summarizeAttempts(
      parseCodes(generatedClass(90, 11).map(encodeResult).join('\n')).entries,
    )[0]!;
    expect(big.discernment.high! - big.discernment.low!).toBeLessThan(
      before!.discernment.high! - before!.discernment.low!,
    );
  });

  it('ranks the items and techniques the class found hardest', () => {
    const everyoneTrusts = {
      form: 'A' as const,
      attempt: 1 as const,
      answers: Array.from({ length: 16 }, (_, i) => ({
        rating: i === 2 || i >= 8 ? 7 : 1,
        share: false,
      })),
    };
    const { entries } = parseCodes(
      [encodeResult(everyoneTrusts), encodeResult({ ...everyoneTrusts, attempt: 2 })].join('\n'),
    );
    const items = hardestItems(entries);
    expect(items[0]).toMatchObject({ itemId: 'a-m3', misjudged: 2, rate: 1 });
    expect(items.filter((i) => i.rate > 0)).toHaveLength(1);
    const techniques = hardestTechniques(entries);
    expect(techniques[0]).toMatchObject({ technique: CHECK_TECHNIQUES[2], rate: 1, meanRating: 7 });
  });

  it('writes a CSV with one row per attempt, safe for spreadsheets', () => {
    const learners = generatedClass(2, 5);
    const { entries } = parseCodes(
      learners.map((l, i) => `${i ? 'Ana, "B"' : '=SUM(A1)'}: ${encodeResult(l)}`).join('\n'),
    );
    const csv = classCsv(entries);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(entries.length + 1);
    expect(lines[0]).toMatch(
      /^file,line,nickname,form,attempt,code,discernment,scepticism,sharing_discernment,m1_rating,m1_share/,
    );
    expect(lines[1]).toContain("'=SUM(A1)");
  });
});
