/*
 * Lighthouse's CPU slowdown for this machine. Lighthouse slows the CPU 4× to turn a fast desktop
 * (benchmark index about 1500) into a mid-tier phone; on a slower host 4× emulates a phone
 * slower than that, and its docs ask to calibrate the multiplier from the benchmark index
 * (docs/throttling.md, "Calibrating the CPU slowdown"). The curve is the one of the
 * Lighthouse team's calculator (lighthouse-cpu-throttling-calculator): a straight line between
 * index 150 → 1×, 800 → 2×, 1300 → 3× and 1533 → 4×, rising 1× per 233 beyond.
 */
export const DEFAULT_SLOWDOWN = 4;

/** The multiplier that brings a host of `benchmarkIndex` to Lighthouse's mid-tier phone. */
export function cpuSlowdownFor(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0)
    throw new Error(`cpuSlowdownFor: not a benchmark index: ${benchmarkIndex}`);
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  // Below 150 the host is slower than the phone itself: no slowdown at all.
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}
