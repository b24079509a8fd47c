/* The lateral exercise's rubric levels, in rank order (lateralRank in ./lateral.ts). */

export const RUBRIC_LEVELS = ['beginning', 'emerging', 'mastery'] as const;
export type RubricLevel = (typeof RUBRIC_LEVELS)[number];
