/* <course-exercise-rate>: share, check first or don't share, and the technique; discernment. */
import { defineExercise, fill, one, picked } from './exercise-base';
import { scoreRate, type Call } from '../utils/exercise-scoring/rate';

defineExercise('rate', {
  outcome(items, key, root) {
    const result = scoreRate(
      [...key.values()].map((entry) => ({
        id: entry.item!,
        honest: entry.call === 'share',
        technique: entry.answer,
      })),
      Object.fromEntries(
        items.map((item) => [
          item.dataset.item!,
          {
            call: picked(one(item, '[data-part=call]')) as Call | undefined,
            technique: picked(one(item, '[data-part=answer]')),
          },
        ]),
      ),
    );
    const template = one(root, '[data-l-discernment]').dataset.lDiscernment!;
    return { ...result, lines: [fill(template, { value: Math.round(result.discernment * 100) })] };
  },
});
