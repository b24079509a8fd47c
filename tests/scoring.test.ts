import { describe, expect, it } from 'vitest';
import { isAnswerCorrect, type ScorableQuestion } from '../src/utils/scoring';

const single: ScorableQuestion = {
  id: 'single',
  options: [
    { id: 'a', correct: false },
    { id: 'b', correct: true },
    { id: 'c', correct: false },
  ],
};
const multiple: ScorableQuestion = {
  id: 'multiple',
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: false },
    { id: 'c', correct: true },
  ],
};

describe('isAnswerCorrect', () => {
  it.each([
    [single, ['b'], true],
    [single, ['a'], false],
    [single, [], false],
    [multiple, ['a', 'c'], true],
    [multiple, ['c', 'a'], true],
    [multiple, ['a'], false],
    [multiple, ['a', 'b', 'c'], false],
    [multiple, ['a', 'c', 'c'], false],
  ])('%o with %o → %s', (question, chosen, expected) => {
    expect(isAnswerCorrect(question, chosen)).toBe(expected);
  });
});
