/*
 * GIFT, the plain-text question format Moodle and several other tools import. Its control
 * characters ~ = # { } : and the backslash are escaped wherever our text appears, so an
 * author's "10:30" or "{name}" never breaks a question.
 */
import { answerFractions, inDirection, questionHtml, textToHtml, type QuestionBank } from './bank';

export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const html = (bank: QuestionBank, text: string) => escapeGift(inDirection(bank, textToHtml(text)));

export function toGift(bank: QuestionBank): string {
  const out = [`$CATEGORY: $course$/top/${bank.category}`, ''];
  for (const question of bank.quiz.questions) {
    const fractions = answerFractions(question);
    out.push(`// ${bank.idPrefix}/${question.id}`);
    out.push(`::${escapeGift(question.id)}::[html]${escapeGift(questionHtml(bank, question))} {`);
    if (question.type === 'truefalse') {
      // GIFT's true/false: the answer, then the feedback for a wrong and for a right answer.
      const right = question.options.find((o) => o.correct)!;
      const wrong = question.options.find((o) => !o.correct)!;
      out.push(
        `  ${right.id === 'true' ? 'TRUE' : 'FALSE'}#${html(bank, wrong.feedback)}#${html(bank, right.feedback)}`,
      );
    } else {
      question.options.forEach((option, i) => {
        const marker =
          question.type === 'single' ? (option.correct ? '=' : '~') : `~%${fractions[i]}%`;
        out.push(`  ${marker}${html(bank, option.text)}#${html(bank, option.feedback)}`);
      });
    }
    out.push(`  ####${html(bank, question.explanation)}`, '}', '');
  }
  return out.join('\n');
}
