/* Scoring rule of the spot exercise; see ./index.ts. */

/** Spot: one point per phrase whose technique (or "none") was picked. */
export function scoreSpot(
  phrases: ReadonlyArray<{ id: string; technique: string }>,
  answers: Record<string, string | undefined>,
): { score: number; maxScore: number } {
  return {
    score: phrases.filter((p) => answers[p.id] === p.technique).length,
    maxScore: phrases.length,
  };
}
