import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { lessonFields } from './schemas/lesson';
import { quizSchema } from './schemas/quiz';
import { uiStringsSchema } from './i18n/ui-strings';
import { glossarySchema } from './schemas/glossary';
import { guideSchema } from './schemas/guide';
import { checkFormSchema } from './schemas/check-item';
import { helpContactsSchema } from './schemas/help';
import { figureSchema } from './schemas/figure';

export const collections = {
  // Lessons, teacher guides and course pages. Lesson pages add the lesson fields and guides
  // the `guide` field; src/data/course.ts fails the build when one of them is incomplete.
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: z.object({ ...lessonFields, guide: guideSchema.optional() }) }),
  }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({ extend: uiStringsSchema }),
  }),
  // One YAML file per quiz per language: quizzes/en/<quiz-id>.yaml, quizzes/ar/<quiz-id>.yaml.
  quizzes: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: './src/content/quizzes' }),
    schema: quizSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/glossary' }),
    schema: glossarySchema,
  }),
  // The "If this is happening to you" box: one file, both languages (src/components/HelpBox.astro).
  help: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/help' }),
    schema: helpContactsSchema,
  }),
  // One YAML file per figure, every language inside it; drawn by src/components/figures/.
  figures: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/figures' }),
    schema: figureSchema,
  }),
  // The discernment check's item bank: check-items/<locale>/form-<a|b|c>.yaml.
  checkItems: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: './src/content/check-items' }),
    schema: checkFormSchema,
  }),
};
