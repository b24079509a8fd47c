/*
 * Links to lessons and quizzes get printed on handouts and shared in workshops, so they must
 * never change by accident. This list is the contract: renaming a lesson fails here first.
 */
import { describe, expect, it } from 'vitest';
import { lessonFiles } from './support/content';

export const LESSON_SLUGS = [
  'territory-to-timeline',
  'propaganda-machine',
  'stories-that-recruit',
  'manipulation-techniques',
  'post-to-private-chat',
  'hydra-problem',
  'how-platforms-push-back',
  'cost-of-pushing-back',
  'reading-the-news',
  'what-you-can-do',
];

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
