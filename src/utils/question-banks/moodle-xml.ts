/*
 * Moodle XML (Question bank → Import → "Moodle XML format"): a category, then each question
 * with per-option feedback, general feedback (the explanation) and an id number, so a teacher
 * who imports again updates rather than duplicates.
 */
import { answerFractions, inDirection, questionHtml, textToHtml, type QuestionBank } from './bank';

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const xmlText = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const htmlField = (tag: string, html: string, indent: string) =>
  `${indent}<${tag} format="html"><text>${cdata(html)}</text></${tag}>`;

export function toMoodleXml(bank: QuestionBank): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    '  <question type="category">',
    `    <category><text>${xmlText(`$course$/top/${bank.category}`)}</text></category>`,
    '  </question>',
  ];
  for (const question of bank.quiz.questions) {
    const fractions = answerFractions(question);
    const type = question.type === 'truefalse' ? 'truefalse' : 'multichoice';
    lines.push(
      `  <question type="${type}">`,
      `    <name><text>${xmlText(question.id)}</text></name>`,
      htmlField('questiontext', questionHtml(bank, question), '    '),
      htmlField('generalfeedback', inDirection(bank, textToHtml(question.explanation)), '    '),
      '    <defaultgrade>1</defaultgrade>',
      '    <penalty>0</penalty>',
      '    <hidden>0</hidden>',
      `    <idnumber>${xmlText(`${bank.idPrefix}/${question.id}`)}</idnumber>`,
    );
    if (type === 'multichoice') {
      lines.push(
        `    <single>${question.type === 'single'}</single>`,
        // The options keep the order of the printed worksheet and its answer key.
        '    <shuffleanswers>false</shuffleanswers>',
        '    <answernumbering>abc</answernumbering>',
      );
    }
    question.options.forEach((option, i) => {
      // A true/false answer's text must be "true" or "false" for Moodle to read it.
      const answer = type === 'truefalse' ? option.id : inDirection(bank, textToHtml(option.text));
      lines.push(
        `    <answer fraction="${fractions[i]}" format="${type === 'truefalse' ? 'moodle_auto_format' : 'html'}">`,
        `      <text>${type === 'truefalse' ? xmlText(answer) : cdata(answer)}</text>`,
        htmlField('feedback', inDirection(bank, textToHtml(option.feedback)), '      '),
        '    </answer>',
      );
    });
    lines.push('  </question>');
  }
  lines.push('</quiz>', '');
  return lines.join('\n');
}
