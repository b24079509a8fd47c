import { z } from 'astro/zod';

const entry = z.object({
  term: z.string().trim().min(1, 'term must not be empty'),
  definition: z.string().trim().min(1, 'definition must not be empty'),
});

/**
 * One glossary file holds every term in both languages, so a term cannot exist in one
 * language only. `lesson` is the lessonId of the lesson that teaches it.
 */
export const glossarySchema = z.object({
  terms: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
        lesson: z.string().min(1),
        en: entry,
        ar: entry,
      }),
    )
    .min(1),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>['terms'][number];
