import { z } from 'astro/zod';

/**
 * A date as authors write it: a year, a year and month, or a full day. YAML reads `2017` as a
 * number and `2017-09-19` as a date, so both are turned back into the text the author wrote.
 */
const partialDate = z
  .union([z.string(), z.date(), z.number().int()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
  .pipe(
    z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD'),
  );

/** A source's date; `undated` for a page that carries no date (shown as "n.d."). */
const sourceDate = z.union([z.literal('undated'), partialDate], {
  error: 'date is required: YYYY, YYYY-MM, YYYY-MM-DD, or "undated" for an undated page',
});

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

export const sourceSchema = z.object({
  title: nonEmpty('title'),
  publisher: nonEmpty('publisher'),
  date: sourceDate,
  url: z.url('url must be a full address such as https://…'),
  note: z.string().optional(),
});

/**
 * The fields a lesson page declares in its frontmatter. They are optional in the docs
 * collection (the home page is not a lesson); `checkLessonFields` makes them all required
 * on a page that is a lesson.
 */
export const lessonFields = {
  lessonId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lessonId is lower-case words joined by hyphens')
    .optional(),
  order: z.number().int().positive().optional(),
  objectives: z.array(nonEmpty('an objective')).min(1, 'list at least one objective').optional(),
  keyPoints: z.array(nonEmpty('a key point')).min(1, 'list at least one key point').optional(),
  minutes: z
    .object({
      selfStudy: z.number().int().positive(),
      classroom: z.number().int().positive(),
    })
    .optional(),
  audience: z
    .string()
    .regex(/^\d{1,2}\+$/, 'audience is a minimum age such as "13+" or "16+"')
    .optional(),
  contentNote: nonEmpty('contentNote').optional(),
  sources: z.array(sourceSchema).min(1, 'list at least one source').optional(),
  quiz: z.string().min(1).optional(),
  updated: partialDate.optional(),
};

export const REQUIRED_LESSON_FIELDS = [
  'lessonId',
  'order',
  'objectives',
  'keyPoints',
  'minutes',
  'audience',
  'contentNote',
  'sources',
  'quiz',
  'updated',
] as const;

export type Source = z.infer<typeof sourceSchema>;

export interface Lesson {
  lessonId: string;
  order: number;
  objectives: string[];
  keyPoints: string[];
  minutes: { selfStudy: number; classroom: number };
  audience: string;
  contentNote: string;
  sources: Source[];
  quiz: string;
  updated: string;
}
