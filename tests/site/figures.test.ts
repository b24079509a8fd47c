/*
 * The course's figures in the built lessons: drawn as inline SVG with no script, named for
 * assistive technology, followed by a text alternative with the same data and the sources,
 * and mirrored on Arabic pages so time and sequence run right to left.
 */
import { describe, expect, it } from 'vitest';
import { loadPage } from './dist';

const FIGURES = [
  {
    id: 'territorial-losses',
    lesson: 'territory-to-timeline',
    alternative: '.figure-key li',
    rows: 14,
  },
  {
    id: 'twitter-suspensions',
    lesson: 'how-platforms-push-back',
    alternative: 'tbody tr',
    rows: 5,
  },
  { id: 'funnel-stages', lesson: 'post-to-private-chat', alternative: '.figure-steps li', rows: 4 },
  { id: 'moderation-tradeoff', lesson: 'cost-of-pushing-back', alternative: 'tbody tr', rows: 9 },
];
const LOCALES = [
  { locale: 'en', prefix: '' },
  { locale: 'ar', prefix: 'ar/' },
];

describe.each(LOCALES)('figures in $locale', ({ prefix }) => {
  it.each(FIGURES)('$id is drawn in its lesson with a text alternative and sources', (f) => {
    const document = loadPage(`${prefix}lessons/${f.lesson}/index.html`);
    const figure = document.querySelector(`figure[data-figure="${f.id}"]`);
    expect(figure, `${f.id} on ${f.lesson}`).not.toBeNull();
    const svg = figure!.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const title = document.getElementById(svg.getAttribute('aria-labelledby')!);
    expect(title?.textContent?.trim().length).toBeGreaterThan(10);
    expect(figure!.querySelector('script')).toBeNull();
    expect(figure!.querySelectorAll(f.alternative).length).toBe(f.rows);
    expect(figure!.querySelector('figcaption')!.textContent!.trim().length).toBeGreaterThan(40);
    const sources = figure!.querySelectorAll('.course-figure-sources a[href^="http"]');
    expect(sources.length).toBeGreaterThan(0);
  });
});

describe('on Arabic pages', () => {
  const circles = (prefix: string) =>
    [
      ...loadPage(`${prefix}lessons/territory-to-timeline/index.html`).querySelectorAll(
        '[data-figure="territorial-losses"] .figure-event circle',
      ),
    ].map((c) => Number(c.getAttribute('cx')));

  it('time runs right to left: the first event stands right of the last', () => {
    const arabic = circles('ar/');
    expect(arabic[0]).toBeGreaterThan(arabic.at(-1)!);
    const english = circles('');
    expect(english[0]).toBeLessThan(english.at(-1)!);
  });

  it('the figure text is Arabic', () => {
    const figure = loadPage('ar/lessons/post-to-private-chat/index.html').querySelector(
      '[data-figure="funnel-stages"] svg',
    )!;
    expect(figure.textContent).toMatch(/الاستهداف/);
    expect(figure.textContent).not.toMatch(/Target/);
  });
});
