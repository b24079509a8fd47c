/*
 * Where each mark of a figure goes, in SVG user units. Components draw what these return.
 * Every horizontal position passes through `mirror`, so on right-to-left pages time and
 * sequence run from right to left, as an Arabic reader reads them.
 */
import type { FigureOf } from '../../schemas/figure';
import {
  assignLanes,
  dayNumber,
  linearScale,
  mirror,
  niceTicks,
  yearTicks,
  type Direction,
} from './geometry';

export const WIDTH = 480;
const MARGIN = 28;

export function timelineLayout(figure: FigureOf<'timeline'>, dir: Direction) {
  const x = linearScale([dayNumber(figure.from), dayNumber(figure.to)], [MARGIN, WIDTH - MARGIN]);
  const at = (isoDay: string) => mirror(x(dayNumber(isoDay)), WIDTH, dir);
  const events = [...figure.events].sort((a, b) => a.date.localeCompare(b.date));
  // Lanes are assigned in time order, whichever way the axis runs.
  const lanes = assignLanes(
    events.map((e) => x(dayNumber(e.date))),
    22,
  );
  const laneCount = Math.max(...lanes) + 1;
  const axisY = 40 + laneCount * 24;
  return {
    height: axisY + 70,
    axisY,
    axis: [mirror(MARGIN, WIDTH, dir), mirror(WIDTH - MARGIN, WIDTH, dir)] as const,
    years: yearTicks(figure.from, figure.to).map(([year, day]) => ({
      year,
      x: mirror(x(day), WIDTH, dir),
    })),
    events: events.map((event, i) => ({
      event,
      number: i + 1,
      x: at(event.date),
      y: axisY - 18 - lanes[i]! * 24,
    })),
    marker: { x: at(figure.marker.date), top: 16, bottom: axisY + 52 },
  };
}

export function barsLayout(figure: FigureOf<'bars'>, dir: Direction) {
  const top = 34;
  const bottom = 230;
  const ticks = niceTicks(Math.max(...figure.bars.map((b) => b.value)));
  const y = linearScale([0, ticks.at(-1)!], [bottom, top]);
  const left = 64;
  const slot = (WIDTH - left - 8) / figure.bars.length;
  const width = Math.min(56, slot * 0.7);
  return {
    height: bottom + 56,
    bottom,
    ticks: ticks.map((value) => ({ value, y: y(value) })),
    // The value axis stands on the side where reading starts.
    axisX: mirror(left - 6, WIDTH, dir),
    gridFrom: mirror(left, WIDTH, dir),
    gridTo: mirror(WIDTH - 8, WIDTH, dir),
    bars: figure.bars.map((bar, i) => {
      const centre = mirror(left + slot * (i + 0.5), WIDTH, dir);
      const barTop = y(bar.value);
      const shareTop = bar.share === null ? null : y(bar.value * bar.share);
      return { bar, centre, x: centre - width / 2, width, top: barTop, shareTop };
    }),
  };
}

export function tradeoffLayout(figure: FigureOf<'tradeoff'>, dir: Direction) {
  const top = 24;
  const bottom = 210;
  const left = 24;
  const right = WIDTH - 24;
  const steps = Math.max(...figure.curves.map((c) => c.values.length)) - 1;
  const x = (i: number) => mirror(left + ((right - left) * i) / steps, WIDTH, dir);
  const y = linearScale([0, 100], [bottom, top]);
  return {
    height: bottom + 58,
    bottom,
    axis: [x(0), x(steps)] as const,
    curves: figure.curves.map((curve) => ({
      curve,
      points: curve.values.map((v, i) => ({ x: x(i), y: y(v) })),
    })),
  };
}

export function stagesLayout(count: number, dir: Direction) {
  const gap = 10;
  const tipLength = 14;
  // The last chevron's tip needs room inside the drawing too.
  const width = (WIDTH - tipLength - gap * (count - 1)) / count;
  return {
    height: 132,
    stages: Array.from({ length: count }, (_, i) => {
      const start = i * (width + gap);
      // A chevron pointing the way the sequence runs.
      const [a, b] = [mirror(start, WIDTH, dir), mirror(start + width, WIDTH, dir)];
      const tip = dir === 'rtl' ? -tipLength : tipLength;
      const points = [
        [a, 14],
        [b, 14],
        [b + tip, 44],
        [b, 74],
        [a, 74],
        ...(i === 0 ? [] : [[a + tip, 44]]),
      ];
      return {
        centre: (a + b) / 2 + tip / 2,
        points: points.map(([px, py]) => `${px!.toFixed(1)},${py}`).join(' '),
      };
    }),
    arrow: { from: mirror(8, WIDTH, dir), to: mirror(WIDTH - 8, WIDTH, dir), y: 104 },
  };
}
