/*
 * The item-writing rules of the course's quizzes (issue 7 §3), checked on the real content and
 * on small broken quizzes so that each rule is known to fail when it should.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { NO_TECHNIQUE, TECHNIQUES, quizSchema, type Quiz } from '../src/schemas/quiz';
import {
  applicationShare,
  caseOf,
  courseQuizRuleErrors,
  quizRuleErrors,
  type NamedQuiz,
} from '../src/utils/quiz-rules';
import { CONTENT, body, lessonDir, loadQuizFiles } from './support/content';

const quizzes = loadQuizFiles();

/** The text of a lesson's practice exercises (data files with `lesson: <id>`), when there are any. */
function exercisesOf(lessonId: string): string[] {
  const dir = join(CONTENT, 'exercises', 'en');
  if (!existsSync(dir)) return [];
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as { lesson?: string })
    .filter((data) => data?.lesson === lessonId)
    .flatMap(strings);
}
const inLocale = (locale: 'en' | 'ar'): NamedQuiz[] => quizzes.filter((q) => q.locale === locale);

describe('the course quizzes', () => {
  it.each(['en', 'ar'] as const)('follow every quiz rule (%s)', (locale) => {
    expect(courseQuizRuleErrors(inLocale(locale))).toEqual([]);
  });

  it('tag every question with its skill, and are mostly application', () => {
    for (const { quizId, quiz } of inLocale('en')) {
      expect(
        quiz.questions.every((q) => q.skill !== undefined),
        quizId,
      ).toBe(true);
      expect(applicationShare(quiz), quizId).toBeGreaterThanOrEqual(2 / 3);
    }
  });

  it('give feedback of its own on every option', () => {
    for (const { quizId, quiz } of quizzes) {
      for (const question of quiz.questions) {
        const feedback = question.options.map((o) => o.feedback.trim());
        expect(
          feedback.every((f) => f.length >= 20),
          `${quizId}/${question.id}`,
        ).toBe(true);
        expect(new Set(feedback).size, `${quizId}/${question.id}: repeated feedback`).toBe(
          feedback.length,
        );
      }
    }
  });

  it('offer "trustworthy, no technique" on every technique question', () => {
    const techniqueQuestions = inLocale('en').flatMap((q) =>
      q.quiz.questions.filter((question) => question.asks === 'technique'),
    );
    expect(techniqueQuestions.length).toBeGreaterThanOrEqual(TECHNIQUES.length);
    for (const question of techniqueQuestions) {
      expect(question.options.filter((o) => o.technique === NO_TECHNIQUE)).toHaveLength(1);
    }
  });

  it('name the techniques by the glossary ids of lesson 4', () => {
    const glossary = parse(readFileSync(join(CONTENT, 'glossary/terms.yaml'), 'utf8')) as {
      terms: { id: string; lesson: string }[];
    };
    const lesson4 = glossary.terms
      .filter((t) => t.lesson === 'manipulation-techniques')
      .map((t) => t.id);
    for (const technique of TECHNIQUES) expect(lesson4).toContain(technique);
  });

  it('test lesson 4 objective 4 (prebunking and its evidence)', () => {
    const quiz = inLocale('en').find((q) => q.quizId === 'manipulation-techniques')!.quiz;
    const about = quiz.questions.filter((q) => /prebunk/i.test(`${q.scenario} ${q.prompt}`));
    expect(about.length).toBeGreaterThanOrEqual(1);
  });

  it('show new cases: application scenarios copy no handle or passage of their lesson or its exercises', () => {
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    const shingles = (text: string, n = 8) => {
      const w = words(text);
      return new Set(
        w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' ')),
      );
    };
    for (const { quizId, quiz } of inLocale('en')) {
      const lesson = [body(join(lessonDir('en'), `${quizId}.mdx`)), ...exercisesOf(quizId)].join(
        '\n',
      );
      const lessonShingles = shingles(lesson);
      for (const question of quiz.questions.filter((q) => q.skill === 'application')) {
        const scenario = question.scenario!;
        for (const handle of scenario.match(/@\w+/g) ?? []) {
          expect(lesson, `${quizId}/${question.id} reuses ${handle}`).not.toContain(handle);
        }
        const copied = [...shingles(scenario)].filter((s) => lessonShingles.has(s));
        expect(copied, `${quizId}/${question.id} copies the lesson`).toEqual([]);
      }
    }
  });

  it('give each quiz its own invented accounts', () => {
    const owner = new Map<string, string>();
    for (const { quizId, quiz } of inLocale('en')) {
      for (const handle of new Set(
        quiz.questions.flatMap((q) => q.scenario?.match(/@\w+/g) ?? []),
      )) {
        expect(owner.get(handle) ?? quizId, `${handle} appears in two quizzes`).toBe(quizId);
        owner.set(handle, quizId);
      }
    }
  });

  it('isolate every Latin run in the Arabic text (handles, domains, names with numbers)', () => {
    // U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE keep a Latin run in its own
    // direction inside right-to-left text; quiz text is rendered as plain text, not HTML.
    const unisolated = (text: string) =>
      text.replace(/\u2068[^\u2069]*\u2069/g, '').match(/[A-Za-z@][\w@.:/#\-–·']*[A-Za-z0-9]/g) ??
      [];
    for (const { quizId, quiz } of inLocale('ar')) {
      const texts = [
        quiz.title,
        ...quiz.questions.flatMap((q) => [
          q.scenario ?? '',
          q.prompt,
          q.explanation,
          ...q.options.flatMap((o) => [o.text, o.feedback]),
        ]),
      ];
      expect(texts.flatMap(unisolated), quizId).toEqual([]);
      // "Bad News" isolated word by word would read "News Bad" in right-to-left text.
      const split = texts.flatMap((t) => t.match(/\u2069 +\u2068/g) ?? []);
      expect(split, `${quizId}: one Latin run isolated in pieces`).toEqual([]);
    }
  });
});

describe('the quiz rules', () => {
  const option = (id: string, correct: boolean, technique?: string) => ({
    id,
    text: `Option ${id}`,
    correct,
    feedback: `Why option ${id} is ${correct ? 'right' : 'wrong'}.`,
    ...(technique ? { technique } : {}),
  });
  const question = (id: string, key: number, extra: Record<string, unknown> = {}) => ({
    id,
    type: 'single',
    skill: 'application',
    scenario: '@someone: an invented post',
    prompt: 'Which?',
    options: [0, 1, 2].map((i) => option('abc'[i]!, i === key)),
    explanation: 'Because.',
    ...extra,
  });
  const quiz = (questions: unknown[]): Quiz => quizSchema.parse({ title: 'T', questions });
  const wellSpread = () => [0, 1, 2, 0, 1, 2].map((key, i) => question(`q${i}`, key));

  it('accept a well-formed quiz', () => {
    expect(quizRuleErrors({ quizId: 'x', quiz: quiz(wellSpread()) })).toEqual([]);
  });

  it('fail when fewer than two thirds are application', () => {
    const questions = wellSpread().map((q, i) => (i < 3 ? { ...q, skill: 'recall' } : q));
    expect(quizRuleErrors({ quizId: 'x', quiz: quiz(questions) })).toEqual([
      expect.stringMatching(/50% of questions are application/),
    ]);
  });

  it('fail when a question has no skill', () => {
    const questions = wellSpread();
    delete (questions[0] as Partial<(typeof questions)[0]>).skill;
    expect(quizRuleErrors({ quizId: 'x', quiz: quiz(questions) })).toContainEqual(
      expect.stringMatching(/question "q0": no "skill"/),
    );
  });

  it('fail when keys bunch in one position or leave one unused', () => {
    const bunched = [0, 0, 0, 0, 1, 2].map((key, i) => question(`q${i}`, key));
    expect(quizRuleErrors({ quizId: 'x', quiz: quiz(bunched) })).toEqual([
      expect.stringMatching(/4 of 6 single-answer keys sit in the same position/),
    ]);
    const unused = [0, 1, 0, 1, 0, 1].map((key, i) => question(`q${i}`, key));
    expect(quizRuleErrors({ quizId: 'x', quiz: quiz(unused) })).toEqual([
      expect.stringMatching(/not all used as keys \(counts 3\/3\/0\)/),
    ]);
  });

  const techniqueQuestion = (id: string, answer: string, distractor = 'trolling') => {
    const techniques = [answer, distractor === answer ? 'fearmongering' : distractor, NO_TECHNIQUE];
    if (answer === NO_TECHNIQUE) techniques.splice(2, 1, 'scapegoating');
    return {
      ...question(id, 0, { asks: 'technique' }),
      options: techniques.map((t, i) => option('abc'[i]!, i === 0, t)),
    };
  };

  it('fail when a technique is never the answer, naming it', () => {
    const questions = TECHNIQUES.filter((t) => t !== 'conspiracy').map((t, i) =>
      techniqueQuestion(`t${i}`, t),
    );
    const trust = Array.from({ length: 8 }, (_, i) =>
      question(`s${i}`, 0, { asks: 'trust', case: 'trustworthy' }),
    );
    const errors = courseQuizRuleErrors([{ quizId: 'x', quiz: quiz([...questions, ...trust]) }]);
    expect(errors).toContainEqual(
      'no technique question in the course has "conspiracy" as its answer',
    );
    expect(errors.filter((e) => /no technique question/.test(e))).toHaveLength(1);
  });

  it('fail when the trustworthy share leaves 40–60%', () => {
    const manipulative = TECHNIQUES.map((t, i) => techniqueQuestion(`t${i}`, t));
    const trustworthy = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        question(`s${i}`, 0, { asks: 'trust', case: 'trustworthy' }),
      );
    const errorsWith = (n: number) =>
      courseQuizRuleErrors([
        { quizId: 'x', quiz: quiz([...manipulative, ...trustworthy(n)]) },
      ]).filter((e) => /trustworthy; keep it/.test(e));
    expect(errorsWith(3)).toEqual([expect.stringMatching(/^23% of the 13/)]);
    expect(errorsWith(10)).toEqual([]);
    expect(errorsWith(16)).toEqual([expect.stringMatching(/^62% of the 26/)]);
  });

  it('count a technique question answered "no technique" as trustworthy', () => {
    const q = quiz([techniqueQuestion('t', NO_TECHNIQUE)]).questions[0]!;
    expect(caseOf(q)).toBe('trustworthy');
  });
});

describe('the quiz schema metadata', () => {
  const base = (extra: Record<string, unknown>, technique?: (string | undefined)[]) => ({
    title: 'T',
    questions: [
      {
        id: 'q',
        type: 'single',
        prompt: 'Which?',
        scenario: '@someone: an invented post',
        explanation: 'Because.',
        options: [0, 1, 2].map((i) => ({
          id: 'abc'[i],
          text: 'x',
          correct: i === 0,
          feedback: 'y',
          ...(technique?.[i] ? { technique: technique[i] } : {}),
        })),
        ...extra,
      },
    ],
  });
  const messages = (data: unknown) =>
    quizSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('fails a technique question without the "no technique" option', () => {
    expect(
      messages(base({ asks: 'technique' }, ['trolling', 'scapegoating', 'fearmongering'])),
    ).toContainEqual(
      expect.stringMatching(/questions\.0\.options: .*no technique.*exactly once; found 0/),
    );
  });

  it('fails a technique question with an untagged option', () => {
    expect(messages(base({ asks: 'technique' }, ['trolling', undefined, 'none']))).toContainEqual(
      expect.stringMatching(/needs "technique" on every option/),
    );
  });

  it('fails an unknown technique id', () => {
    expect(
      messages(base({ asks: 'technique' }, ['whataboutism', 'trolling', 'none'])),
    ).toContainEqual(expect.stringMatching(/questions\.0\.options\.0\.technique/));
  });

  it('fails a trust question without its case, and a case elsewhere', () => {
    expect(messages(base({ asks: 'trust' }))).toContainEqual(
      expect.stringMatching(/questions\.0\.case: .*goes with asks: trust/),
    );
    expect(messages(base({ case: 'trustworthy' }))).toContainEqual(
      expect.stringMatching(/questions\.0\.case/),
    );
  });

  it('fails an application question with no scenario', () => {
    const data = base({ skill: 'application' });
    delete (data.questions[0] as { scenario?: string }).scenario;
    expect(messages(data)).toContainEqual(
      expect.stringMatching(/questions\.0\.scenario: .*new invented case/),
    );
  });
});
