/* Scoring rule of the lateral exercise; see ./index.ts. */

export const RUBRIC_LEVELS = ['beginning', 'emerging', 'mastery'] as const;
export type RubricLevel = (typeof RUBRIC_LEVELS)[number];

/**
 * Lateral reading, after the Civic Online Reasoning rubric: judging on the post alone is
 * "beginning" however the answer came out; the right judgement after opening every essential
 * page is "mastery"; anything between is "emerging".
 */
export function lateralLevel(result: {
  correct: boolean;
  opened: readonly string[];
  essential: readonly string[];
}): RubricLevel {
  if (!result.opened.length) return 'beginning';
  const allEssential = result.essential.every((page) => result.opened.includes(page));
  return result.correct && allEssential ? 'mastery' : 'emerging';
}

export const levelScore = (level: RubricLevel) => RUBRIC_LEVELS.indexOf(level);
