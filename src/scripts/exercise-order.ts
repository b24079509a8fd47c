/*
 * <course-exercise-order>: "move up" / "move down" buttons (shown by CSS once this runs, in
 * place of the numbered boxes) move the item itself: keyboard first, never drag-only. Each
 * move is announced. The key lists the items in the right order.
 */
import { all, defineExercise, fill, one } from './exercise-base';
import { scoreOrder } from '../utils/exercise-scoring/order';

const positionOf = (item: Element) => [...item.parentElement!.children].indexOf(item);

defineExercise('order', {
  setup(root) {
    const list = one(root, '.order-list');
    const shown = all(list, '.order-item');
    list.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button');
      const item = button?.closest<HTMLElement>('.order-item');
      if (!item) return;
      if (button!.matches('.order-up')) item.previousElementSibling?.before(item);
      else item.nextElementSibling?.after(item);
      button!.focus();
      // The order changed: the last check no longer applies.
      for (const other of shown) delete other.dataset.verdict;
      one(root, '.order-announcer').textContent = fill(list.dataset.lMoved!, {
        n: positionOf(item) + 1,
      });
    });
    return () => list.append(...shown);
  },
  verdict: (item, key) => [...key.keys()].indexOf(item.dataset.item!) === positionOf(item),
  outcome(_items, key, root) {
    const result = scoreOrder(
      [...key.keys()],
      all(root, '.order-item').map((item) => item.dataset.item!),
    );
    const template = one(root, '.order-list').dataset.lPairs!;
    return { ...result, lines: [fill(template, { n: result.pairsInOrder })] };
  },
});
