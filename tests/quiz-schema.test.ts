import { describe, expect, it } from 'vitest';
import { quizSchema } from '../src/schemas/quiz';

/** A valid quiz to break one field at a time. */
function validQuiz() {
  return {
    title: 'Check your understanding',
    questions: [
      {
        id: 'first-figure',
        type: 'single',
        prompt: 'Which period does the figure describe?',
        options: [
          {
            id: 'a',
            text: 'January to June 2017',
            correct: true,
            feedback: 'Yes: the report covered those months.',
          },
          {
            id: 'b',
            text: 'July to December 2018',
            correct: false,
            feedback: 'That report came out in 2019.',
          },
        ],
        explanation: 'Always check the period a number covers.',
      },
      {
        id: 'which-tools',
        type: 'multiple',
        prompt: 'Which of these measure speed?',
        options: [
          {
            id: 'a',
            text: 'Share removed before the first tweet',
            correct: true,
            feedback: 'This is about speed.',
          },
          {
            id: 'b',
            text: 'Share removed within 2 hours',
            correct: true,
            feedback: 'This is about speed too.',
          },
          {
            id: 'c',
            text: 'Share flagged by internal tools',
            correct: false,
            feedback: 'This says who flagged it.',
          },
        ],
        explanation: 'Who flagged and how fast are different measures.',
      },
      {
        id: 'ai-word',
        type: 'truefalse',
        prompt: 'Twitter credited "AI" for the suspensions.',
        options: [
          {
            id: 'true',
            text: 'True',
            correct: false,
            feedback: 'Twitter said internal, proprietary tools.',
          },
          {
            id: 'false',
            text: 'False',
            correct: true,
            feedback: 'Right: the word AI was not used.',
          },
        ],
        explanation: 'Check the original wording.',
      },
    ],
  };
}

type Quiz = ReturnType<typeof validQuiz>;

function issuesOf(mutate: (quiz: Quiz) => void) {
  const quiz = validQuiz();
  mutate(quiz);
  const result = quizSchema.safeParse(quiz);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
}

describe('quiz schema', () => {
  it('accepts a well-formed quiz with every question type', () => {
    const result = quizSchema.safeParse(validQuiz());
    expect(result.error?.issues).toBeUndefined();
    expect(result.data!.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'truefalse']);
  });

  it.each<[string, (quiz: Quiz) => void, string, RegExp]>([
    [
      'no option is correct',
      (q) => q.questions[0]!.options.forEach((o) => (o.correct = false)),
      'questions.0.options',
      /question "first-figure": no option is marked correct/,
    ],
    [
      'a single question has two correct options',
      (q) => (q.questions[0]!.options[1]!.correct = true),
      'questions.0.options',
      /"single" question has 2 correct options/,
    ],
    [
      'question ids repeat',
      (q) => (q.questions[1]!.id = 'first-figure'),
      'questions',
      /question id "first-figure" is used more than once/,
    ],
    [
      'option ids repeat',
      (q) => (q.questions[1]!.options[2]!.id = 'a'),
      'questions.1.options',
      /question "which-tools": option id "a" is used more than once/,
    ],
    [
      'feedback is empty',
      (q) => (q.questions[2]!.options[0]!.feedback = '  '),
      'questions.2.options.0.feedback',
      /feedback must not be empty/,
    ],
    [
      'the explanation is missing',
      (q) => delete (q.questions[0] as Partial<Quiz['questions'][0]>).explanation,
      'questions.0.explanation',
      /./,
    ],
    [
      'a truefalse question has other option ids',
      (q) => (q.questions[2]!.options[0]!.id = 'yes'),
      'questions.2.options',
      /exactly two options, with ids "true" and "false"/,
    ],
    [
      'a question type is unknown',
      (q) => (q.questions[0]!.type = 'essay'),
      'questions.0.type',
      /./,
    ],
    [
      'an id is not kebab-case',
      (q) => (q.questions[0]!.id = 'First Figure'),
      'questions.0.id',
      /lower-case words joined by hyphens/,
    ],
  ])('fails when %s, naming the field', (_, mutate, path, message) => {
    const issues = issuesOf(mutate);
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });
});
