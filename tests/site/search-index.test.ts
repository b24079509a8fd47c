/*
 * Search indexes what a lesson says, not the labels of its controls: a result's excerpt once
 * read "↑ Move down Right. Not quite. Not answered." (every exercise item repeats them), and
 * the answer keys repeated each question's options a second time.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, localePrefix } from '../../src/i18n/locales';
import { ui } from '../e2e/course-data.mjs';
import { loadPage, searchIndexText } from './dist';

const LESSON = 'territory-to-timeline';

describe.each(LOCALES)('the search index of a lesson in %s', (locale) => {
  const text = searchIndexText(`${localePrefix(locale)}/lessons/${LESSON}/`);

  it.each(['h1', '.exercise-title', '.order-text', '.quiz-prompt', '.quiz-explanation'])(
    'holds the text of its first %s',
    (selector) => {
      const page = loadPage(`${localePrefix(locale).slice(1)}/lessons/${LESSON}/index.html`);
      const wanted = page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
      expect(wanted, selector).toBeTruthy();
      // A boolean, so that a failure names the text, not the whole index.
      expect(text.replace(/\s+/g, ' ').includes(wanted!.slice(0, 60)), wanted).toBe(true);
    },
  );

  it.each([
    'exercise.wrong',
    'exercise.unanswered',
    'exercise.check',
    'exercise.tryAgain',
    'exercise.showAnswers',
    'exercise.order.moveDown',
    'quiz.check',
    'quiz.chooseFirst',
    'quiz.tryAgain',
  ])('leaves out the control label %s', (key) => {
    const label: string = ui(locale, key);
    expect(label, key).toBeTruthy();
    expect(text.includes(label), label).toBe(false);
  });
});
