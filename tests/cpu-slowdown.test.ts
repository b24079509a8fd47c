import { describe, expect, it } from 'vitest';
import { DEFAULT_SLOWDOWN, cpuSlowdownFor } from '../scripts/cpu-slowdown.mjs';

describe('cpuSlowdownFor', () => {
  it('gives Lighthouse’s own 4× to the fast desktop it was set for', () => {
    expect(cpuSlowdownFor(1533)).toBeCloseTo(DEFAULT_SLOWDOWN, 1);
  });
  it('follows the calculator’s points, and slows a faster host more', () => {
    expect(cpuSlowdownFor(2000)).toBeCloseTo(6, 1);
    expect(cpuSlowdownFor(1300)).toBe(3);
    expect(cpuSlowdownFor(1050)).toBe(2.5);
    expect(cpuSlowdownFor(800)).toBe(2);
    expect(cpuSlowdownFor(475)).toBe(1.5);
  });
  it('never speeds a host up', () => {
    expect(cpuSlowdownFor(150)).toBe(1);
    expect(cpuSlowdownFor(60)).toBe(1);
  });
  it('is continuous where the lines meet', () => {
    for (const at of [800, 1300])
      expect(cpuSlowdownFor(at - 1e-9)).toBeCloseTo(cpuSlowdownFor(at), 6);
  });
  it('refuses what is not an index', () => {
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/benchmark index/);
    expect(() => cpuSlowdownFor(0)).toThrow(/benchmark index/);
  });
});
