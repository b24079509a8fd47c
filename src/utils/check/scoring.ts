/*
 * Scores of one attempt, after the inoculation studies' discernment measures:
 * - discernment: mean rating of trustworthy items minus mean rating of manipulative items
 *   (-6 ... +6; higher is better);
 * - scepticism: mean rating of all items (1 ... 7; lower means more sceptical; a drop on its
 *   own is not learning, because honest posts lose trust too);
 * - sharing discernment: share rate of trustworthy items minus share rate of manipulative
 *   items (-1 ... +1).
 */
import {
  CHECK_TECHNIQUES,
  isManipulativeSlot,
  type CheckTechnique,
  type ItemAnswer,
} from './answers';

export interface CheckScores {
  discernment: number;
  scepticism: number;
  sharingDiscernment: number;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function scoreAnswers(answers: ItemAnswer[]): CheckScores {
  const manipulative = answers.filter((_, i) => isManipulativeSlot(i));
  const trustworthy = answers.filter((_, i) => !isManipulativeSlot(i));
  const rating = (a: ItemAnswer) => a.rating;
  const shared = (a: ItemAnswer) => (a.share ? 1 : 0);
  return {
    discernment: mean(trustworthy.map(rating)) - mean(manipulative.map(rating)),
    scepticism: mean(answers.map(rating)),
    sharingDiscernment: mean(trustworthy.map(shared)) - mean(manipulative.map(shared)),
  };
}

/** A rating of 5, 6 or 7 means "reliable"; 4 is the undecided middle. */
export const RELIABLE_FROM = 5;

/** Techniques whose manipulative item the learner still rated as reliable. */
export function techniquesRatedReliable(answers: ItemAnswer[]): CheckTechnique[] {
  return CHECK_TECHNIQUES.filter((_, i) => answers[i]!.rating >= RELIABLE_FROM);
}

/** A change smaller than this is within what chance alone moves one learner's score. */
export const CLEAR_CHANGE = { discernment: 1, scepticism: 0.75 };

export type Direction = 'up' | 'down' | 'same';

export interface Interpretation {
  discernment: Direction;
  scepticism: Direction;
  /** Trust fell overall while discernment did not improve: doubt, not judgement. */
  distrustOnly: boolean;
}

function direction(change: number, threshold: number): Direction {
  if (change >= threshold) return 'up';
  if (change <= -threshold) return 'down';
  return 'same';
}

/** How one learner's scores moved between two attempts, in words the page can say. */
export function interpretChange(from: CheckScores, to: CheckScores): Interpretation {
  const discernment = direction(to.discernment - from.discernment, CLEAR_CHANGE.discernment);
  // The scepticism score is a mean rating: a lower rating is more sceptical, so "up" in
  // scepticism is a fall in the mean rating.
  const scepticism = direction(from.scepticism - to.scepticism, CLEAR_CHANGE.scepticism);
  return { discernment, scepticism, distrustOnly: scepticism === 'up' && discernment !== 'up' };
}
