/* Scoring rule of the rate exercise; see ./index.ts. */

export type Call = 'share' | 'check' | 'dont-share';

export interface RatePost {
  id: string;
  honest: boolean;
  /** The technique of a manipulative post. */
  technique?: string;
}

export interface RateAnswer {
  call?: Call;
  technique?: string;
}

export interface RateResult {
  /** Share rate of honest posts minus share rate of manipulative posts, from -1 to 1. */
  discernment: number;
  /** Honest posts shared, manipulative ones held back (checked first or not shared). */
  callsRight: number;
  /** Manipulative posts whose technique was named. */
  techniquesRight: number;
  score: number;
  maxScore: number;
}

const share = (answer: RateAnswer | undefined) => answer?.call === 'share';

/**
 * Discernment, not a count of distrust: a learner who refuses to share anything scores 0, as
 * does one who shares everything; only treating honest and manipulative posts differently
 * scores above 0. The score adds a point per right call and per technique named.
 */
export function scoreRate(
  posts: readonly RatePost[],
  answers: Record<string, RateAnswer>,
): RateResult {
  const honest = posts.filter((p) => p.honest);
  const manipulative = posts.filter((p) => !p.honest);
  const rate = (group: readonly RatePost[]) =>
    group.length ? group.filter((p) => share(answers[p.id])).length / group.length : 0;
  const callsRight = posts.filter((p) => {
    const call = answers[p.id]?.call;
    return call !== undefined && (call === 'share') === p.honest;
  }).length;
  const techniquesRight = manipulative.filter(
    (p) => answers[p.id]?.technique === p.technique,
  ).length;
  return {
    discernment: Math.round((rate(honest) - rate(manipulative)) * 100) / 100,
    callsRight,
    techniquesRight,
    score: callsRight + techniquesRight,
    maxScore: posts.length + manipulative.length,
  };
}
