/*
 * Every quiz, in every language, exported to Moodle XML and GIFT and read back: the same
 * questions, options, correct answers and feedback, the scenario with the question, GIFT's
 * control characters escaped, Arabic intact as UTF-8.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizSchema, type Quiz } from '../src/schemas/quiz';
import { answerFractions, type QuestionBank } from '../src/utils/question-banks/bank';
import { escapeGift, toGift } from '../src/utils/question-banks/gift';
import { toMoodleXml } from '../src/utils/question-banks/moodle-xml';
import { htmlToText, readGift, readMoodleXml } from './support/question-bank-readers';

const QUIZ_DIR = 'src/content/quizzes';
const files = readdirSync(QUIZ_DIR).flatMap((lang) =>
  readdirSync(`${QUIZ_DIR}/${lang}`).map((file) => ({ lang, file })),
);

function bankOf(lang: string, file: string): QuestionBank {
  const quiz = quizSchema.parse(parse(readFileSync(`${QUIZ_DIR}/${lang}/${file}`, 'utf8')));
  return {
    category: `Second Look/${file.replace('.yaml', '')}`,
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    idPrefix: `second-look/${lang}/${file.replace('.yaml', '')}`,
    quiz,
  };
}

function expected(question: Quiz['questions'][number], fractions: number[]) {
  return {
    id: question.id,
    type: question.type === 'truefalse' ? 'truefalse' : 'multichoice',
    text: [question.scenario, question.prompt].filter(Boolean).join('\n'),
    generalFeedback: question.explanation,
    answers: question.options.map((o, i) => ({
      text: question.type === 'truefalse' ? o.id : o.text,
      fraction: fractions[i],
      feedback: o.feedback,
    })),
  };
}

describe.each(files)('the question banks of $lang/$file', ({ lang, file }) => {
  const bank = bankOf(lang, file);
  const want = bank.quiz.questions.map((q) => expected(q, answerFractions(q)));
  const asText = (questions: ReturnType<typeof readGift>['questions']) =>
    questions.map((q) => ({
      ...q,
      text: htmlToText(q.text),
      generalFeedback: htmlToText(q.generalFeedback),
      answers: q.answers.map((a) => ({
        ...a,
        text: q.type === 'truefalse' ? a.text : htmlToText(a.text),
        feedback: htmlToText(a.feedback),
      })),
    }));

  it('Moodle XML reads back as the quiz', () => {
    const read = readMoodleXml(toMoodleXml(bank));
    expect(read.category).toBe(`$course$/top/${bank.category}`);
    expect(asText(read.questions)).toEqual(want);
  });

  it('GIFT reads back as the quiz', () => {
    const read = readGift(toGift(bank));
    expect(read.category).toBe(`$course$/top/${bank.category}`);
    expect(asText(read.questions)).toEqual(want);
  });

  it('marks every question with its language and direction', () => {
    const xml = toMoodleXml(bank);
    const questions = bank.quiz.questions.length;
    expect(xml.match(new RegExp(`<div dir="${bank.dir}" lang="${lang}">`, 'g'))!.length).toBe(
      questions * 2 +
        bank.quiz.questions.reduce(
          (n, q) => n + q.options.length * (q.type === 'truefalse' ? 1 : 2),
          0,
        ),
    );
  });
});

describe('question bank details', () => {
  it.each(['~', '=', '#', '{', '}', ':', '\\'])('escapes GIFT control character %s', (c) => {
    expect(escapeGift(`a${c}b`)).toBe(`a\\${c}b`);
  });

  it('keeps Arabic as it is, in UTF-8', () => {
    const bank = bankOf('ar', 'territory-to-timeline.yaml');
    const gift = toGift(bank);
    expect(Buffer.from(gift, 'utf8').toString('utf8')).toBe(gift);
    expect(gift).toContain(bank.quiz.questions[0]!.prompt.slice(0, 20));
  });

  it('gives multiple-answer options fractions that add up to +100 % and −100 %', () => {
    for (const { lang, file } of files) {
      for (const question of bankOf(lang, file).quiz.questions) {
        if (question.type !== 'multiple') continue;
        const fractions = answerFractions(question);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(fractions.filter((f) => f > 0))).toBeCloseTo(100, 3);
        expect(sum(fractions.filter((f) => f < 0))).toBeCloseTo(-100, 3);
      }
    }
  });

  it('survives text that looks like markup or GIFT syntax', () => {
    const quiz: Quiz = {
      title: 'x',
      questions: [
        {
          id: 'tricky',
          type: 'single',
          prompt: 'At 10:30, is {name} = <b>bold</b> & ~ok~ #1?',
          explanation: 'Because ]]> and \\ are just text.',
          options: [
            { id: 'a', text: 'Yes: {really}', correct: true, feedback: 'a=b #c' },
            { id: 'b', text: 'No ~ never', correct: false, feedback: '<script>x</script>' },
          ],
        },
      ],
    };
    const bank = { category: 'C', lang: 'en', dir: 'ltr' as const, idPrefix: 'p', quiz };
    const want = [expected(quiz.questions[0]!, [100, 0])];
    const clean = (q: ReturnType<typeof readGift>['questions'][number]) => ({
      ...q,
      text: htmlToText(q.text),
      generalFeedback: htmlToText(q.generalFeedback),
      answers: q.answers.map((a) => ({
        ...a,
        text: htmlToText(a.text),
        feedback: htmlToText(a.feedback),
      })),
    });
    expect(readGift(toGift(bank)).questions.map(clean)).toEqual(want);
    expect(readMoodleXml(toMoodleXml(bank)).questions.map(clean)).toEqual(want);
  });
});
