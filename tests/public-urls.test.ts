/*
 * Links to lessons and quizzes get printed on handouts and shared in workshops, so they must
 * never change by accident. This list is the contract: renaming a lesson fails here first.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../src/i18n/locales';
import { lessonFiles } from './support/content';
import { LESSON_SLUGS } from './support/lesson-slugs';

describe('public lesson URLs', () => {
  it.each(LOCALES)('are the pinned list in %s', (locale) => {
    const slugs = lessonFiles(locale).map((file) =>
      file
        .split('/')
        .pop()!
        .replace(/\.mdx$/, ''),
    );
    expect(slugs.sort()).toEqual([...LESSON_SLUGS].sort());
  });
});
