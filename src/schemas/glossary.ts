import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../i18n/locales';

const entry = z.object({
  term: z.string().trim().min(1, 'term must not be empty'),
  definition: z.string().trim().min(1, 'definition must not be empty'),
});

/** A term's name and definition in every language of the course (src/i18n/locales.ts). */
const entries = z.object(
  Object.fromEntries(LOCALES.map((locale) => [locale, entry])) as Record<Locale, typeof entry>,
);

/**
 * One glossary file holds every term in every language, so a term cannot exist in one
 * language only. `lesson` is the lessonId of the lesson that teaches it.
 */
export const glossarySchema = z.object({
  terms: z
    .array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
          lesson: z.string().min(1),
        })
        .extend(entries.shape),
    )
    .min(1),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>['terms'][number];
