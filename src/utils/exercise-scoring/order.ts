/* Scoring rule of the order exercise; see ./index.ts. */

export interface OrderResult {
  /** Items in their right position. */
  score: number;
  maxScore: number;
  /** Pairs of items in the right order relative to each other, of all pairs. */
  pairsInOrder: number;
  pairs: number;
}

/** Order: the learner's sequence of ids against the right one. */
export function scoreOrder(right: readonly string[], given: readonly string[]): OrderResult {
  const position = new Map(given.map((id, index) => [id, index]));
  let pairsInOrder = 0;
  // An item missing from `given` has no position: a comparison with undefined is false.
  right.forEach((a, i) => {
    for (const b of right.slice(i + 1)) if (position.get(a)! < position.get(b)!) pairsInOrder++;
  });
  return {
    score: right.filter((id, index) => given[index] === id).length,
    maxScore: right.length,
    pairsInOrder,
    pairs: (right.length * (right.length - 1)) / 2,
  };
}

/**
 * Read the positions a learner typed into the worksheet's numbered boxes (no JavaScript) as a
 * sequence: by number, ties and blanks keeping the order they were shown in.
 */
export function sequenceFromPositions(
  shown: readonly string[],
  positions: Record<string, number | undefined>,
): string[] {
  const rank = (id: string) => positions[id] ?? Number.POSITIVE_INFINITY;
  return shown
    .map((id, index) => ({ id, index }))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.index - b.index)
    .map(({ id }) => id);
}

/**
 * The order a worksheet shows items in: shuffled the same way on every build (by a hash of
 * each id), and never the right order itself.
 */
export function shuffledOrder(right: readonly string[]): string[] {
  const hash = (id: string) => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const shown = [...right].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
  if (shown.every((id, index) => id === right[index])) shown.push(shown.shift()!);
  return shown;
}
