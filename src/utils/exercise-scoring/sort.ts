/* Scoring rule of the sort exercise; see ./index.ts. */

export interface SortItem {
  id: string;
  /** The right group and any other group also accepted. */
  groups: readonly string[];
}

export interface SortResult {
  score: number;
  maxScore: number;
  /** Moderation desk: posts that should have stayed up but were taken down or escalated. */
  wronglyRemoved: number;
  /** Moderation desk: harmful posts that were left up. */
  wronglyLeftUp: number;
}

/**
 * Sort: a point per item in a right group. On a moderation desk `staysUp` says which groups
 * leave a post visible, and the two kinds of error are counted apart, because they cost
 * different people: a legitimate voice silenced, or a harmful post left in front of readers.
 */
export function scoreSort(
  items: readonly SortItem[],
  answers: Record<string, string | undefined>,
  staysUp?: Record<string, boolean>,
): SortResult {
  let score = 0;
  let wronglyRemoved = 0;
  let wronglyLeftUp = 0;
  for (const item of items) {
    const chosen = answers[item.id];
    if (chosen === undefined) continue;
    if (item.groups.includes(chosen)) {
      score++;
      continue;
    }
    if (!staysUp) continue;
    const shouldStay = staysUp[item.groups[0]!];
    if (shouldStay && !staysUp[chosen]) wronglyRemoved++;
    if (!shouldStay && staysUp[chosen]) wronglyLeftUp++;
  }
  return { score, maxScore: items.length, wronglyRemoved, wronglyLeftUp };
}
