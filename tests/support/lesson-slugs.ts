/* The lessons in course order, pinned in tests/lesson-slugs.json; shared with the browser tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Renaming a lesson breaks printed links, so the list changes only on purpose. */
export const LESSON_SLUGS: string[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../lesson-slugs.json'), 'utf8'),
);
