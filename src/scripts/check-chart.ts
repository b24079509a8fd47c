/*
 * Fills in a ScoreChart (src/components/check/ScoreChart.astro): sets one bar and its value
 * label (the class page adds interval whiskers with scaleOf). Numbers are wrapped in left-to-right isolates so
 * a minus sign stays in front of its number in Arabic text.
 */
export const formatScore = (value: number, signed: boolean) =>
  '\u2066' + (signed && value > 0 ? '+' : '') + value.toFixed(1) + '\u2069';

/** The chart's vertical scale: value to y coordinate. */
export function scaleOf(svg: SVGSVGElement) {
  const d = svg.dataset;
  const [min, max, base, top, bottom] = [d.min, d.max, d.base, d.top, d.bottom].map(
    Number,
  ) as number[];
  const y = (v: number) =>
    bottom - ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * (bottom - top);
  return { min, base, y };
}

export function setBar(svg: SVGSVGElement, slot: number, value: number | null) {
  const { min, base, y } = scaleOf(svg);
  const bar = svg.querySelector(`[data-slot="${slot}"]`)!;
  const rect = bar.querySelector('rect')!;
  const label = bar.querySelector('.check-chart-value')!;
  const has = value !== null && !Number.isNaN(value);
  const [y1, y2] = has ? [y(value), y(base)].sort((a, b) => a - b) : [y(base), y(base)];
  rect.setAttribute('y', '' + y1);
  rect.setAttribute('height', '' + (y2! - y1!));
  label.textContent = has ? formatScore(value, min < 0) : '';
  label.setAttribute('y', '' + (has && value < base ? y2! + 14 : y1! - 4));
}
