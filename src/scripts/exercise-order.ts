/*
 * <course-exercise-order>: "move up" / "move down" buttons (shown by CSS once this runs, in
 * place of the numbered boxes) move the item itself: keyboard first, never drag-only. Each
 * move is announced.
 */
import { all, defineExercise, fill, one } from './exercise-base';
import { scoreOrder } from '../utils/exercise-scoring/order';

const ids = (root: HTMLElement, selector: string) =>
  all(root, selector).map((entry) => entry.dataset.item!);
const shown = new WeakMap<HTMLElement, HTMLElement[]>();

defineExercise('order', {
  setup(root) {
    const list = one(root, '.order-list');
    shown.set(root, all(list, '.order-item'));
    list.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button');
      const item = button?.closest<HTMLElement>('.order-item');
      if (!item) return;
      const up = button!.classList.contains('order-up');
      const neighbour = up ? item.previousElementSibling : item.nextElementSibling;
      if (up) neighbour?.before(item);
      else neighbour?.after(item);
      button!.focus();
      // The order changed: the last check no longer applies.
      for (const other of all(list, '.order-item')) delete other.dataset.verdict;
      one(root, '.order-announcer').textContent = fill(list.dataset.lMoved!, {
        n: ids(list, '.order-item').indexOf(item.dataset.item!) + 1,
        total: shown.get(root)!.length,
      });
    });
  },
  verdict(item, _key, root) {
    const id = item.dataset.item!;
    return (
      ids(root, '.order-item').indexOf(id) === ids(root, '.exercise-key [data-item]').indexOf(id)
    );
  },
  outcome(_items, _key, root) {
    const result = scoreOrder(ids(root, '.exercise-key [data-item]'), ids(root, '.order-item'));
    const template = one(root, '.order-list').dataset.lPairs!;
    return { ...result, lines: [fill(template, { n: result.pairsInOrder, total: result.pairs })] };
  },
  reset(root) {
    one(root, '.order-list').append(...shown.get(root)!);
  },
});
