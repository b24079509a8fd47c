/*
 * The arithmetic of the course's figures: scales, ticks, lanes for crowded points, and the
 * mirror that makes time run right to left on right-to-left pages. Pure functions, so the
 * drawing components stay thin and the numbers are unit-tested.
 */

export type Direction = 'ltr' | 'rtl';

/** Map `domain` linearly onto `range`. */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]) {
  const span = d1 - d0 || 1;
  return (value: number) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Days since 1970-01-01 for a YYYY-MM-DD date (UTC, so no time zone shifts a day). */
export function dayNumber(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000;
}

/** 1 January of every year from `from` to `to`, as [year, dayNumber] pairs. */
export function yearTicks(from: string, to: string): [number, number][] {
  const first = Number(from.slice(0, 4)) + (from.slice(5) === '01-01' ? 0 : 1);
  const last = Number(to.slice(0, 4));
  const ticks: [number, number][] = [];
  for (let year = first; year <= last; year++) ticks.push([year, dayNumber(`${year}-01-01`)]);
  return ticks;
}

/** The smallest 1, 2 or 5 × 10ⁿ step that splits `max` into at most `count` parts. */
export function niceStep(max: number, count = 4): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  return step ?? 10 * magnitude;
}

/** Axis ticks from 0 to the first multiple of the nice step at or above `max`. */
export function niceTicks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

/** Flip an x position for right-to-left pages, so that what comes first stands at the right. */
export function mirror(x: number, width: number, dir: Direction): number {
  return dir === 'rtl' ? width - x : x;
}

/**
 * Put each point in the first lane where it keeps `gap` from the previous point of that lane,
 * so labels of close events do not overlap. Points are taken in the order given (sorted).
 */
export function assignLanes(positions: number[], gap: number): number[] {
  const laneEnds: number[] = [];
  return positions.map((x) => {
    let lane = laneEnds.findIndex((end) => x - end >= gap);
    if (lane === -1) lane = laneEnds.push(x) - 1;
    else laneEnds[lane] = x;
    return lane;
  });
}

/** Points of a polyline through `values` spread evenly across `[x0, x1]`. */
export function polyline(values: number[], x: (i: number) => number, y: (v: number) => number) {
  return values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
}
