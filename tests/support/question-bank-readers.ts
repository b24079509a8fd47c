/*
 * Readers for the exported question banks, written from the formats' documentation and not
 * from our writers, so a round trip tests the files a Moodle would read.
 */
import { DOMParser } from 'linkedom';

export interface ReadQuestion {
  id: string;
  type: string;
  text: string;
  generalFeedback: string;
  answers: { text: string; fraction: number; feedback: string }[];
}

/** The plain text of an HTML fragment: line breaks for <br>, entities decoded. */
export function htmlToText(html: string): string {
  const document = new DOMParser().parseFromString(
    `<html><body>${html.replace(/<br>|<\/blockquote>/g, (tag) => (tag === '<br>' ? '\n' : `${tag}\n`))}</body></html>`,
    'text/html',
  );
  return (document.body.textContent ?? '').trim();
}

export function readMoodleXml(xml: string): { category: string; questions: ReadQuestion[] } {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const questions = [...document.querySelectorAll('question')];
  const text = (el: Element | null | undefined) => el?.querySelector('text')?.textContent ?? '';
  const category = questions.find((q) => q.getAttribute('type') === 'category');
  return {
    category: text(category?.querySelector('category')),
    questions: questions
      .filter((q) => q.getAttribute('type') !== 'category')
      .map((q) => ({
        id: text(q.querySelector('name')),
        type: q.getAttribute('type')!,
        text: text(q.querySelector('questiontext')),
        generalFeedback: text(q.querySelector('generalfeedback')),
        answers: [...q.querySelectorAll('answer')].map((a) => ({
          text: a.querySelector(':scope > text')?.textContent ?? '',
          fraction: Number(a.getAttribute('fraction')),
          feedback: text(a.querySelector('feedback')),
        })),
      })),
  };
}

/** Split on unescaped `separator` characters. */
function splitUnescaped(text: string, separator: RegExp): { parts: string[]; marks: string[] } {
  const parts = [''];
  const marks: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      parts[parts.length - 1] += c + (text[i + 1] ?? '');
      i++;
    } else if (separator.test(c)) {
      marks.push(c);
      parts.push('');
    } else parts[parts.length - 1] += c;
  }
  return { parts, marks };
}
const unescapeGift = (text: string) => text.replace(/\\(.)/g, '$1').trim();

export function readGift(gift: string): { category: string; questions: ReadQuestion[] } {
  const category = /^\$CATEGORY:\s*(.+)$/m.exec(gift)?.[1]?.trim() ?? '';
  const blocks = gift
    .split(/\n\s*\n/)
    .map((b) => b.replace(/^\/\/.*$/gm, '').trim())
    .filter((b) => b.startsWith('::'));
  const questions = blocks.map((block) => {
    const id = /^::(.*?)::/.exec(block)![1]!;
    const rest = block.slice(id.length + 4);
    const open = splitUnescaped(rest, /\{/);
    const text = open.parts[0]!.replace(/^\[html\]/, '');
    const body = open.parts[1]!.replace(/\}\s*$/, '');
    const [answersPart, general = ''] = body.split('####');
    const answers: ReadQuestion['answers'] = [];
    let type = 'multichoice';
    const trimmed = answersPart!.trim();
    if (/^(TRUE|FALSE|T|F)\b/.test(trimmed)) {
      type = 'truefalse';
      const { parts } = splitUnescaped(trimmed, /#/);
      const truth = /^T/.test(parts[0]!);
      answers.push(
        {
          text: 'true',
          fraction: truth ? 100 : 0,
          feedback: unescapeGift(truth ? parts[2]! : parts[1]!),
        },
        {
          text: 'false',
          fraction: truth ? 0 : 100,
          feedback: unescapeGift(truth ? parts[1]! : parts[2]!),
        },
      );
    } else {
      const { parts, marks } = splitUnescaped(trimmed, /[=~]/);
      parts.slice(1).forEach((part, i) => {
        const split = splitUnescaped(part, /#/).parts;
        let answer = split[0] ?? '';
        const feedback = split[1] ?? '';
        let fraction = marks[i] === '=' ? 100 : 0;
        const weighted = /^%(-?[\d.]+)%/.exec(answer);
        if (weighted) {
          fraction = Number(weighted[1]);
          answer = answer.slice(weighted[0].length);
        }
        answers.push({ text: unescapeGift(answer), fraction, feedback: unescapeGift(feedback) });
      });
    }
    return {
      id: unescapeGift(id),
      type,
      text: unescapeGift(text),
      generalFeedback: unescapeGift(general),
      answers,
    };
  });
  return { category, questions };
}
