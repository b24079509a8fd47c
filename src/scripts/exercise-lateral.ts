/*
 * <course-exercise-lateral>: notes which invented pages were opened before judging; the rubric
 * level depends on it, so judging on the post alone is "beginning" whatever the answer. The
 * levels' ids and words are in the worksheet, in rank order.
 */
import { all, defineExercise, fill, one } from './exercise-base';
import { lateralRank } from '../utils/exercise-scoring/lateral';
import type { RubricLevel } from '../utils/exercise-scoring/levels';

defineExercise('lateral', {
  setup(root) {
    // "toggle" does not bubble: listen while it travels down to the page opened.
    root.addEventListener(
      'toggle',
      (event) => {
        const page = event.target as HTMLDetailsElement;
        if (page.open) page.dataset.opened = '';
      },
      true,
    );
    return () => {
      for (const page of all<HTMLDetailsElement>(root, '[data-opened]')) {
        page.open = false;
        delete page.dataset.opened;
      }
    };
  },
  outcome(items, key, root) {
    const opened = all(root, '.lateral-page[data-opened]').map((page) => page.dataset.page!);
    const rank = lateralRank({
      correct: items[0]!.dataset.verdict === 'right',
      opened,
      essential: key.get('judgement')!.pages!.split(' '),
    });
    const level = all(root, '[data-level]')[rank]!;
    return {
      score: rank,
      maxScore: 2,
      level: level.dataset.level as RubricLevel,
      lines: [
        fill(one(root, '[data-l-opened]').dataset.lOpened!, { n: opened.length }),
        level.textContent!,
      ],
    };
  },
});
