/* Generated answer sets for the check's tests: a seeded generator, so failures repeat. */
import { ITEM_COUNT, type ItemAnswer } from '../../src/utils/check/answers';

export function seeded(seed: number): () => number {
  // mulberry32
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const uniform = (rating: number, share: boolean): ItemAnswer[] =>
  Array.from({ length: ITEM_COUNT }, () => ({ rating, share }));

export function randomAnswers(random: () => number): ItemAnswer[] {
  return Array.from({ length: ITEM_COUNT }, () => ({
    rating: 1 + Math.floor(random() * 7),
    share: random() < 0.5,
  }));
}
