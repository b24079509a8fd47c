/*
 * The course's item-writing rules for quizzes, made checkable from each question's metadata
 * (`skill`, `asks`, `case`, options' `technique`; see src/schemas/quiz.ts). Pure functions
 * over parsed quizzes: tests run them on the real content and on broken examples.
 */
import { NO_TECHNIQUE, TECHNIQUES, type Question, type Quiz } from '../schemas/quiz';

export interface NamedQuiz {
  quizId: string;
  quiz: Quiz;
}

/** At least two thirds of every quiz puts a new invented case in front of the learner. */
export const MIN_APPLICATION_SHARE = 2 / 3;
/** About half of the "trustworthy or manipulative?" judgements in the course are trustworthy. */
export const TRUSTWORTHY_SHARE = { min: 0.4, max: 0.6 } as const;

export function applicationShare(quiz: Quiz): number {
  const application = quiz.questions.filter((q) => q.skill === 'application').length;
  return application / quiz.questions.length;
}

/** Whether the case a question shows is trustworthy, for questions that ask for that judgement. */
export function caseOf(question: Question): 'trustworthy' | 'manipulative' | undefined {
  if (question.asks === 'trust') return question.case;
  if (question.asks === 'technique') {
    const answer = question.options.find((o) => o.correct);
    return answer?.technique === NO_TECHNIQUE ? 'trustworthy' : 'manipulative';
  }
  return undefined;
}

/** Positions (0-based) of the correct option of each single-answer question with 3+ options. */
export function answerPositions(quiz: Quiz): number[] {
  return quiz.questions
    .filter((q) => q.type === 'single' && q.options.length >= 3)
    .map((q) => q.options.findIndex((o) => o.correct));
}

/** Rules that hold inside one quiz. */
export function quizRuleErrors({ quizId, quiz }: NamedQuiz): string[] {
  const errors: string[] = [];
  const where = `quiz "${quizId}"`;
  for (const question of quiz.questions) {
    if (question.skill === undefined) {
      errors.push(`${where}, question "${question.id}": no "skill" (application or recall)`);
    }
  }
  const share = applicationShare(quiz);
  if (share < MIN_APPLICATION_SHARE) {
    errors.push(
      `${where}: ${Math.round(share * 100)}% of questions are application; at least two thirds must be`,
    );
  }
  const positions = answerPositions(quiz);
  if (positions.length > 0) {
    const counts = [0, 1, 2].map((p) => positions.filter((x) => x === p).length);
    const most = Math.max(...positions.map((p) => positions.filter((x) => x === p).length));
    if (most > positions.length / 2) {
      errors.push(
        `${where}: ${most} of ${positions.length} single-answer keys sit in the same position; spread them out`,
      );
    }
    if (positions.length >= 3 && counts.some((c) => c === 0)) {
      errors.push(
        `${where}: the first three option positions are not all used as keys (counts ${counts.join('/')})`,
      );
    }
  }
  return errors;
}

/** Rules that hold across the whole course (one language's quizzes). */
export function courseQuizRuleErrors(quizzes: NamedQuiz[]): string[] {
  const errors = quizzes.flatMap(quizRuleErrors);
  const questions = quizzes.flatMap((q) => q.quiz.questions);

  const answered = new Set(
    questions
      .filter((q) => q.asks === 'technique')
      .map((q) => q.options.find((o) => o.correct)?.technique),
  );
  for (const technique of TECHNIQUES) {
    if (!answered.has(technique)) {
      errors.push(`no technique question in the course has "${technique}" as its answer`);
    }
  }

  const cases = questions.map(caseOf).filter((c) => c !== undefined);
  if (cases.length > 0) {
    const share = cases.filter((c) => c === 'trustworthy').length / cases.length;
    if (share < TRUSTWORTHY_SHARE.min || share > TRUSTWORTHY_SHARE.max) {
      errors.push(
        `${Math.round(share * 100)}% of the ${cases.length} trust and technique judgements are trustworthy; keep it between ${TRUSTWORTHY_SHARE.min * 100}% and ${TRUSTWORTHY_SHARE.max * 100}%`,
      );
    }
  }
  return errors;
}
