/*
 * <course-exercise-lateral>: notes which invented pages were opened before judging; the rubric
 * level depends on it, so judging on the post alone is "beginning" whatever the answer.
 */
import { all, defineExercise, fill, one } from './exercise-base';
import { lateralLevel, levelScore } from '../utils/exercise-scoring/lateral';

const opened = new WeakMap<HTMLElement, Set<string>>();
const pagesOf = (root: HTMLElement) => all<HTMLDetailsElement>(root, '.lateral-page');

defineExercise('lateral', {
  setup(root) {
    const seen = new Set<string>();
    opened.set(root, seen);
    for (const page of pagesOf(root))
      page.addEventListener('toggle', () => page.open && seen.add(page.dataset.page!));
  },
  outcome(items, key, root) {
    const seen = opened.get(root)!;
    const labels = one(root, '[data-l-levels]').dataset;
    const level = lateralLevel({
      correct: items[0]!.dataset.verdict === 'right',
      opened: [...seen],
      essential: key.get('judgement')!.pages!.split(' '),
    });
    return {
      score: levelScore(level),
      maxScore: 2,
      level,
      lines: [fill(labels.lOpened!, { n: seen.size }), JSON.parse(labels.lLevels!)[level]],
    };
  },
  reset(root) {
    opened.get(root)!.clear();
    for (const page of pagesOf(root)) page.open = false;
  },
});
