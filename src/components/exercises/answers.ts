/*
 * The right answer of one exercise item as a line of text, in the page's language. The key (in
 * the worksheet and the teacher guide) and the feedback under each item both use it, so they
 * cannot disagree.
 */
import {
  NOTHING,
  type Exercise,
  type RateExercise,
  type SortExercise,
} from '../../schemas/exercise';

type T = App.Locals['t'];
type Post = RateExercise['posts'][number];
type SortItem = SortExercise['items'][number];

export const techniqueOrNothing = (t: T, nameOf: (id: string) => string) => (id: string) =>
  id === NOTHING ? t('exercise.spot.none') : nameOf(id);

export function rateAnswer(t: T, nameOf: (id: string) => string, post: Post): string {
  // The arrow points the way the page reads: a UI string, so Arabic gets «←». The parts are
  // text that Astro escapes when it renders them, so i18next must not escape them first.
  const answer = (verdict: string, call: string) =>
    t('exercise.rate.answer', { verdict, call, interpolation: { escapeValue: false } });
  return post.honest
    ? answer(t('exercise.rate.honest'), t('exercise.rate.share'))
    : answer(
        `${t('exercise.rate.manipulative')} (${nameOf(post.technique!)})`,
        t('exercise.rate.holdBack'),
      );
}

export function sortAnswer(t: T, exercise: Exercise & { type: 'sort' }, item: SortItem): string {
  const label = (id: string) => exercise.groups.find((g) => g.id === id)!.label;
  const also = item.alsoRight?.length
    ? ` (${t('exercise.sort.alsoRight')} ${item.alsoRight.map(label).join(t('exercise.sort.separator'))})`
    : '';
  return label(item.group) + also;
}
