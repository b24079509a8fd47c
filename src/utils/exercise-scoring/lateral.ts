/* Scoring rule of the lateral exercise; see ./index.ts. */

/**
 * Lateral reading, after the Civic Online Reasoning rubric: judging on the post alone is
 * "beginning" however the answer came out; the right judgement after opening every essential
 * page is "mastery"; anything between is "emerging". Returns the level's rank, its index in
 * RUBRIC_LEVELS (./levels.ts), which is also the score out of 2. The list is not imported here:
 * the page's script reads the levels from the worksheet, and shares no module with the store.
 */
export function lateralRank(result: {
  correct: boolean;
  opened: readonly string[];
  essential: readonly string[];
}): number {
  if (!result.opened.length) return 0;
  const allEssential = result.essential.every((page) => result.opened.includes(page));
  return result.correct && allEssential ? 2 : 1;
}
