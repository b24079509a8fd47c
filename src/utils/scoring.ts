/*
 * Scoring works on the smallest shape a question can have (ids and which options are
 * correct), so the server-side data and the browser's reading of the page share one rule.
 */
export interface ScorableQuestion {
  id: string;
  options: ReadonlyArray<{ id: string; correct: boolean }>;
}

/** Chosen option ids per question id. */
export type Answers = Record<string, string[]>;

/** A question is right when exactly the correct options are chosen: no more, no fewer. */
export function isAnswerCorrect(question: ScorableQuestion, chosen: readonly string[]): boolean {
  const correct = question.options.filter((o) => o.correct).map((o) => o.id);
  return correct.length === chosen.length && correct.every((id) => chosen.includes(id));
}
