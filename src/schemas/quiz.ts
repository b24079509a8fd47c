import { z } from 'astro/zod';

/*
 * A quiz is data: one YAML file per quiz per language. Questions are a union discriminated
 * by `type`, so a new kind of question is one more member here plus its renderer.
 * Rules that span several fields (exactly one correct option, unique ids) are refinements
 * with a `path`, so a broken file fails the build naming the question and the field.
 */

const text = (field: string) => z.string().trim().min(1, `${field} must not be empty`);
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

export const optionSchema = z.object({
  id,
  text: text('text'),
  correct: z.boolean(),
  feedback: text('feedback'),
});

const questionBase = {
  id,
  prompt: text('prompt'),
  /** An invented post or chat shown above the prompt. */
  scenario: z.string().trim().min(1).optional(),
  options: z.array(optionSchema).min(2, 'a question needs at least two options'),
  explanation: text('explanation'),
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
