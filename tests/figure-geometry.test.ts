import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  dayNumber,
  linearScale,
  mirror,
  niceStep,
  niceTicks,
  polyline,
  yearTicks,
} from '../src/utils/figures/geometry';

describe('figure geometry', () => {
  it('maps a domain onto a range, either way round', () => {
    const x = linearScale([0, 10], [100, 200]);
    expect([x(0), x(5), x(10)]).toEqual([100, 150, 200]);
    const flipped = linearScale([0, 10], [200, 100]);
    expect(flipped(2)).toBe(180);
  });

  it('counts days in UTC', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2019-03-23') - dayNumber('2018-11-03')).toBe(140);
  });

  it('ticks every new year inside the range', () => {
    expect(yearTicks('2014-06-01', '2016-12-31').map(([y]) => y)).toEqual([2015, 2016]);
    expect(yearTicks('2014-01-01', '2015-02-01').map(([y]) => y)).toEqual([2014, 2015]);
  });

  it.each([
    [376_890, 4, 100_000],
    [95, 4, 50],
    [1, 4, 0.5],
    [0, 4, 1],
  ])('picks a nice step for %d in %d parts', (max, count, step) => {
    expect(niceStep(max, count)).toBe(step);
  });

  it('ticks from zero to a round top above the largest value', () => {
    expect(niceTicks(376_890)).toEqual([0, 100_000, 200_000, 300_000, 400_000]);
  });

  it('mirrors x on right-to-left pages only', () => {
    expect(mirror(30, 100, 'ltr')).toBe(30);
    expect(mirror(30, 100, 'rtl')).toBe(70);
  });

  it('moves close points to a new lane and reuses lanes once there is room', () => {
    expect(assignLanes([0, 5, 10, 40, 42], 20)).toEqual([0, 1, 2, 0, 1]);
    expect(assignLanes([], 20)).toEqual([]);
  });

  it('draws a polyline through evenly spread values', () => {
    expect(
      polyline(
        [0, 50, 100],
        (i) => i * 10,
        (v) => 100 - v,
      ),
    ).toBe('0.0,100.0 10.0,50.0 20.0,0.0');
  });
});

describe('figure formats', () => {
  it('writes Western digits in Arabic too', async () => {
    const { figureFormats } = await import('../src/utils/figures/format');
    const ar = figureFormats('ar');
    expect(ar.number(376_890)).toBe('376,890');
    expect(ar.day('2018-11-03')).toBe('3 نوفمبر 2018');
    expect(ar.percent(0.74)).toMatch(/^74\D*%/);
    expect(ar.year(2016)).toBe('2016');
    const en = figureFormats('en');
    expect(en.day('2018-11-03')).toBe('3 November 2018');
    expect(en.compact(376_890)).toBe('377k');
  });
});

describe('figure layouts mirror on right-to-left pages', async () => {
  const { timelineLayout, barsLayout, tradeoffLayout, stagesLayout, WIDTH } =
    await import('../src/utils/figures/layout');
  const text = { en: 'x', ar: 'س' };
  const timeline = {
    type: 'timeline' as const,
    title: text,
    caption: text,
    sources: [],
    from: '2014-01-01',
    to: '2019-12-31',
    marker: { date: '2018-11-03', label: text },
    events: [
      { date: '2017-10-17', label: text },
      { date: '2014-06-29', label: text },
      { date: '2017-11-03', label: text },
    ],
  };

  it('numbers timeline events in time order and runs time right to left in Arabic', () => {
    const ltr = timelineLayout(timeline, 'ltr');
    const rtl = timelineLayout(timeline, 'rtl');
    expect(ltr.events.map((e) => e.event.date)).toEqual(['2014-06-29', '2017-10-17', '2017-11-03']);
    expect(ltr.events[0]!.x).toBeLessThan(ltr.events[1]!.x);
    expect(rtl.events[0]!.x).toBeGreaterThan(rtl.events[1]!.x);
    expect(rtl.events[0]!.x).toBeCloseTo(WIDTH - ltr.events[0]!.x);
    expect(rtl.marker.x).toBeCloseTo(WIDTH - ltr.marker.x);
  });

  it('lifts events too close to their neighbour into another lane', () => {
    const { events } = timelineLayout(timeline, 'ltr');
    expect(events[2]!.y).toBeLessThan(events[1]!.y);
  });

  it('puts the first bar at the start of the reading direction, its share inside it', () => {
    const bars = {
      type: 'bars' as const,
      title: text,
      caption: text,
      sources: [],
      valueLabel: text,
      shareLabel: text,
      missingShare: text,
      bars: [
        { period: text, value: 300, share: 0.5 },
        { period: text, value: 100, share: null },
      ],
    };
    const ltr = barsLayout(bars, 'ltr');
    const rtl = barsLayout(bars, 'rtl');
    expect(ltr.bars[0]!.centre).toBeLessThan(ltr.bars[1]!.centre);
    expect(rtl.bars[0]!.centre).toBeGreaterThan(rtl.bars[1]!.centre);
    const first = ltr.bars[0]!;
    expect(first.shareTop).toBeCloseTo((first.top + ltr.bottom) / 2);
    expect(ltr.bars[1]!.shareTop).toBeNull();
  });

  it('draws trade-off curves from the lenient end on the reading side', () => {
    const tradeoff = {
      type: 'tradeoff' as const,
      title: text,
      caption: text,
      sources: [],
      illustrative: true as const,
      axis: { label: text, low: text, high: text },
      curves: [
        { label: text, values: [90, 50, 10] },
        { label: text, values: [10, 50, 90] },
      ],
    };
    const ltr = tradeoffLayout(tradeoff, 'ltr');
    const rtl = tradeoffLayout(tradeoff, 'rtl');
    expect(ltr.axis[0]).toBeLessThan(ltr.axis[1]);
    expect(rtl.axis[0]).toBeGreaterThan(rtl.axis[1]);
    expect(ltr.curves[0]!.points[0]!.y).toBeLessThan(ltr.curves[0]!.points[2]!.y);
  });

  it('points the stage chevrons the way the sequence runs', () => {
    const ltr = stagesLayout(4, 'ltr');
    const rtl = stagesLayout(4, 'rtl');
    expect(ltr.stages[0]!.centre).toBeLessThan(ltr.stages[3]!.centre);
    expect(rtl.stages[0]!.centre).toBeGreaterThan(rtl.stages[3]!.centre);
    expect(rtl.arrow.from).toBeGreaterThan(rtl.arrow.to);
  });
});
