/* The course's lessons in order: the pinned list in tests/lesson-slugs.json. */
import { readFileSync } from 'node:fs';

export const LESSON_SLUGS = JSON.parse(
  readFileSync(new URL('../lesson-slugs.json', import.meta.url), 'utf8'),
);
