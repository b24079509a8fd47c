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
  // Only web addresses: a `javascript:` or `data:` link would run code when a reader clicks it.
  url: z.url({
    protocol: /^https?$/,
    error: 'url must be a web address starting with https:// or http://',
  }),
  note: z.string().optional(),
});

/** A lesson: the fields a lesson page declares in its frontmatter, all of them required. */
export const lessonSchema = z.object({
  lessonId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lessonId is lower-case words joined by hyphens'),
  order: z.number().int().positive(),
  objectives: z.array(nonEmpty('an objective')).min(1, 'list at least one objective'),
  keyPoints: z.array(nonEmpty('a key point')).min(1, 'list at least one key point'),
  minutes: z.object({
    selfStudy: z.number().int().positive(),
    classroom: z.number().int().positive(),
  }),
  audience: z.string().regex(/^\d{1,2}\+$/, 'audience is a minimum age such as "13+" or "16+"'),
  contentNote: nonEmpty('contentNote'),
  sources: z.array(sourceSchema).min(1, 'list at least one source'),
  quiz: z.string().min(1),
  updated: partialDate,
});

export type Source = z.infer<typeof sourceSchema>;
export type Lesson = z.infer<typeof lessonSchema>;

/**
 * The lesson fields as the docs collection takes them: optional there (the home page is not a
 * lesson); `missingLessonFields` (course-checks.ts) requires every one on a lesson page.
 */
export const lessonFields = lessonSchema.partial().shape;

/** Every lesson field, in the order authors write them. */
export const LESSON_FIELDS = Object.keys(lessonSchema.shape) as (keyof Lesson)[];
