/*
 * A quiz as a question bank for other tools (Moodle and anything that reads GIFT): what both
 * formats share. The question text is HTML made from the quiz's plain text, wrapped in the
 * language's direction so an Arabic bank reads right to left inside an English Moodle.
 */
import type { Quiz } from '../../schemas/quiz';

export interface QuestionBank {
  /** Category path inside the LMS, e.g. "Second Look/Lesson 1: From territory to timeline". */
  category: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Prefix of each question's id number, e.g. "second-look/en/territory-to-timeline". */
  idPrefix: string;
  quiz: Quiz;
}

export type BankQuestion = Quiz['questions'][number];

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Plain text as HTML: escaped, line breaks kept. */
export function textToHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!).replace(/\r?\n/g, '<br>');
}

/** HTML in the bank's language and direction. */
export function inDirection(bank: QuestionBank, html: string): string {
  return `<div dir="${bank.dir}" lang="${bank.lang}">${html}</div>`;
}

/** The question as the learner sees it: the invented scenario (if any), then the prompt. */
export function questionHtml(bank: QuestionBank, question: BankQuestion): string {
  const scenario = question.scenario
    ? `<blockquote>${textToHtml(question.scenario)}</blockquote>`
    : '';
  return inDirection(bank, `${scenario}<p>${textToHtml(question.prompt)}</p>`);
}

/**
 * Moodle's grade fractions for a multiple-answer question: the correct options share +100 %,
 * the wrong ones −100 %, so guessing everything scores nothing. 100/n for n = 1…10 are all
 * values Moodle accepts; five decimals is how Moodle writes them.
 */
export function answerFractions(question: BankQuestion): number[] {
  const correct = question.options.filter((o) => o.correct).length;
  const wrong = question.options.length - correct;
  const share = (n: number) => Number((100 / n).toFixed(5));
  if (question.type !== 'multiple') return question.options.map((o) => (o.correct ? 100 : 0));
  return question.options.map((o) => (o.correct ? share(correct) : -share(wrong)));
}
