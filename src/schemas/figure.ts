import { z } from 'astro/zod';
import { sourceSchema } from './lesson';

/*
 * A figure is data: what it shows, in every language, and where the numbers come from. The
 * components in src/components/figures/ draw it as inline SVG at build time, so the page
 * ships no script and the figure prints like text.
 */

/** A text in every language of the course. */
const localized = z.object({
  en: z.string().trim().min(1, 'the English text must not be empty'),
  ar: z.string().trim().min(1, 'the Arabic text must not be empty'),
});

const isoDay = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD'));

const common = {
  title: localized,
  caption: localized,
  sources: z.array(sourceSchema).min(1, 'a figure names at least one source'),
};

/** Events on a line of time, with one moment singled out (the article, the decision). */
const timeline = z.object({
  type: z.literal('timeline'),
  ...common,
  from: isoDay,
  to: isoDay,
  events: z.array(z.object({ date: isoDay, label: localized })).min(2),
  marker: z.object({ date: isoDay, label: localized }),
});

/** One bar per period, with the part of it a second figure covers (a share, 0–1). */
const bars = z.object({
  type: z.literal('bars'),
  ...common,
  valueLabel: localized,
  shareLabel: localized,
  missingShare: localized,
  bars: z
    .array(
      z.object({
        period: localized,
        value: z.number().nonnegative(),
        share: z.number().min(0).max(1).nullable(),
      }),
    )
    .min(2),
});

/** Steps in order, each with what it looks like. */
const stages = z.object({
  type: z.literal('stages'),
  ...common,
  stages: z.array(z.object({ label: localized, detail: localized })).min(2),
});

/**
 * Two curves over one setting: how turning it up lowers one error and raises the other.
 * `illustrative` figures carry no measured data and say so on the figure.
 */
const tradeoff = z.object({
  type: z.literal('tradeoff'),
  ...common,
  illustrative: z.literal(true),
  axis: z.object({ label: localized, low: localized, high: localized }),
  curves: z
    .array(z.object({ label: localized, values: z.array(z.number().min(0).max(100)).min(3) }))
    .length(2, 'a trade-off has exactly two curves'),
});

export const figureSchema = z.discriminatedUnion('type', [timeline, bars, stages, tradeoff], {
  error: 'type must be one of: timeline, bars, stages, tradeoff',
});

export type Figure = z.infer<typeof figureSchema>;
export type FigureOf<T extends Figure['type']> = Extract<Figure, { type: T }>;
export type Localized = z.infer<typeof localized>;
export type FigureLocale = keyof Localized;
