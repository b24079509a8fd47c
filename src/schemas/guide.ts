import { z } from 'astro/zod';

const step = z.object({
  minutes: z.number().int().positive('minutes is a whole number above zero'),
  step: z.string().trim().min(1, 'step must say what happens'),
});

/**
 * A teacher guide's frontmatter (`guide:` on pages under teach/). The plans are data so the
 * page can show them as tables and the schedule can add them up; guide-checks.ts makes sure
 * each plan adds up to the time it promises.
 */
export const guideSchema = z.object({
  lesson: z.string().min(1),
  vocabulary: z.array(z.string().min(1)).min(1, 'list at least one glossary term id'),
  materials: z.array(z.string().trim().min(1)).min(1, 'list at least one material'),
  workshopMinutes: z.number().int().positive(),
  plans: z.object({
    selfStudy: z.array(step).min(1),
    classroom: z.array(step).min(1),
    workshop: z.array(step).min(1),
  }),
});

export type Guide = z.infer<typeof guideSchema>;
export type PlanFormat = keyof Guide['plans'];
export const PLAN_FORMATS: PlanFormat[] = ['selfStudy', 'classroom', 'workshop'];
