import { z } from 'astro/zod';

/*
 * A quiz is data: one YAML file per quiz per language. Questions are a union discriminated
 * by `type`, so a new kind of question is one more member here plus its renderer.
 * Rules that span several fields (exactly one correct option, unique ids) are refinements
 * with a `path`, so a broken file fails the build naming the question and the field.
 */

/**
 * The ten manipulation techniques of lesson 4, by glossary id. Technique-identification
 * questions tag every option with one of these or `none` ("trustworthy, no technique"), so the
 * course can check that each technique is tested and that "no technique" is always offered.
 */
export const TECHNIQUES = [
  'emotional-language',
  'fearmongering',
  'false-dichotomy',
  'scapegoating',
  'attacking-the-person',
  'conspiracy',
  'impersonation',
  'polarisation',
  'out-of-context',
  'trolling',
] as const;
export type Technique = (typeof TECHNIQUES)[number];
export const NO_TECHNIQUE = 'none';

const text = (field: string) => z.string().trim().min(1, `${field} must not be empty`);
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

export const optionSchema = z.object({
  id,
  text: text('text'),
  correct: z.boolean(),
  feedback: text('feedback'),
  /** On a technique-identification question: the technique this option names, or "none". */
  technique: z.enum([...TECHNIQUES, NO_TECHNIQUE]).optional(),
});

const questionBase = {
  id,
  prompt: text('prompt'),
  /** An invented post or chat shown above the prompt. */
  scenario: z.string().trim().min(1).optional(),
  options: z.array(optionSchema).min(2, 'a question needs at least two options'),
  explanation: text('explanation'),
  /**
   * What the question asks of the learner: `application` puts a new invented case (the
   * scenario) in front of them; `recall` asks for something the lesson said. The quiz rules
   * (src/utils/quiz-rules.ts) need it on every question of the course.
   */
  skill: z.enum(['application', 'recall']).optional(),
  /**
   * `technique`: "which technique, if any, does this use?" (options carry `technique`);
   * `trust`: "is this trustworthy or manipulative?" (the question carries `case`).
   */
  asks: z.enum(['technique', 'trust']).optional(),
  /** On a `trust` question: whether the case shown is trustworthy or manipulative. */
  case: z.enum(['trustworthy', 'manipulative']).optional(),
};

export const questionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), ...questionBase }),
  z.object({ type: z.literal('multiple'), ...questionBase }),
  z.object({ type: z.literal('truefalse'), ...questionBase }),
]);

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

export const quizSchema = z
  .object({
    title: text('title'),
    questions: z.array(questionSchema).min(1, 'a quiz needs at least one question'),
  })
  .superRefine((quiz, ctx) => {
    for (const repeated of duplicates(quiz.questions.map((q) => q.id))) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: `question id "${repeated}" is used more than once`,
      });
    }
    quiz.questions.forEach((question, index) => {
      const at = ['questions', index];
      const where = `question "${question.id}"`;
      for (const repeated of duplicates(question.options.map((o) => o.id))) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'options'],
          message: `${where}: option id "${repeated}" is used more than once`,
        });
      }
      const correct = question.options.filter((o) => o.correct).length;
      if (correct === 0) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'options'],
          message: `${where}: no option is marked correct: true`,
        });
      }
      if (question.type !== 'multiple' && correct > 1) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'options'],
          message: `${where}: a "${question.type}" question has ${correct} correct options; it needs exactly one`,
        });
      }
      const tagged = question.options.filter((o) => o.technique !== undefined);
      if (question.asks === 'technique') {
        if (tagged.length !== question.options.length) {
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'options'],
            message: `${where}: a technique question needs "technique" on every option (a technique id or "none")`,
          });
        }
        const none = question.options.filter((o) => o.technique === NO_TECHNIQUE).length;
        if (none !== 1) {
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'options'],
            message: `${where}: a technique question offers "trustworthy, no technique" (technique: none) exactly once; found ${none}`,
          });
        }
        if (question.type !== 'single') {
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'type'],
            message: `${where}: a technique question is "single"`,
          });
        }
      } else if (tagged.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'options'],
          message: `${where}: options carry "technique" but the question does not have asks: technique`,
        });
      }
      if ((question.asks === 'trust') !== (question.case !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'case'],
          message: `${where}: "case" (trustworthy or manipulative) goes with asks: trust, and only there`,
        });
      }
      if (question.skill === 'application' && question.scenario === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'scenario'],
          message: `${where}: an application question shows its new invented case in "scenario"`,
        });
      }
      if (question.type === 'truefalse') {
        const ids = question.options.map((o) => o.id).sort();
        if (ids.join() !== 'false,true') {
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'options'],
            message: `${where}: a truefalse question has exactly two options, with ids "true" and "false"`,
          });
        }
      }
    });
  });

export type Quiz = z.infer<typeof quizSchema>;
export type Question = Quiz['questions'][number];
export type Option = Question['options'][number];
