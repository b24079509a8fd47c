/*
 * Links to lessons and quizzes get printed on handouts and shared in workshops, so they must
 * never change by accident. This list is the contract: renaming a lesson fails here first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonFiles } from './support/content';

/** The lessons in course order; shared with the browser tests. Renaming one breaks links. */
export const LESSON_SLUGS: string[] = JSON.parse(
  readFileSync(join(import.meta.dirname, 'lesson-slugs.json'), 'utf8'),
);

describe('public lesson URLs', () => {
  it.each(['en', 'ar'] as const)('are the pinned list in %s', (locale) => {
    const slugs = lessonFiles(locale).map((file) =>
      file
        .split('/')
        .pop()!
        .replace(/\.mdx$/, ''),
    );
    expect(slugs.sort()).toEqual([...LESSON_SLUGS].sort());
  });
});
