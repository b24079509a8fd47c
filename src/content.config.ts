import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { lessonFields } from './schemas/lesson';
import { quizSchema } from './schemas/quiz';
import { uiStringsSchema } from './i18n/ui-strings';
import { glossarySchema } from './schemas/glossary';

export const collections = {
  // Lessons and course pages. Lesson pages add the lesson fields; `src/route-middleware.ts`
  // fails the build when a page under lessons/ leaves one out.
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: z.object(lessonFields) }),
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
};
