/* <course-exercise-sort>: items into groups; a moderation desk counts its two errors apart. */
import { defineExercise, fill, one, picked } from './exercise-base';
import { scoreSort } from '../utils/exercise-scoring/sort';

defineExercise('sort', {
  outcome(items, key, root) {
    const list = one(root, '.exercise-items').dataset;
    const staysUp = list.staysUp ? JSON.parse(list.staysUp) : undefined;
    const result = scoreSort(
      [...key.values()].map((entry) => ({ id: entry.item!, groups: entry.answer!.split(' ') })),
      Object.fromEntries(items.map((item) => [item.dataset.item!, picked(item)])),
      staysUp,
    );
    return {
      ...result,
      lines: staysUp
        ? [
            fill(list.lRemoved!, { n: result.wronglyRemoved }),
            fill(list.lLeftUp!, { n: result.wronglyLeftUp }),
          ]
        : [],
    };
  },
});
