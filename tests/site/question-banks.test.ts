/* The question banks the build writes, and the teacher guides that link to them. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages, loadPage, readBuilt } from './dist';
import { readGift, readMoodleXml } from '../support/question-bank-readers';

const guides = builtPages().filter((p) => /^(ar\/)?teach\/[a-z-]+\/index\.html$/.test(p));
const guidesWithKeys = guides.filter((p) => loadPage(p).querySelector('#question-banks'));

describe('question banks', () => {
  it('every lesson guide in both languages offers them', () => {
    expect(guidesWithKeys.length).toBe(20);
  });

  it.each(guidesWithKeys)('%s links to a Moodle XML and a GIFT file that hold its quiz', (path) => {
    const document = loadPage(path);
    const links = [...document.querySelectorAll('.guide-question-banks a')].map((a) =>
      a.getAttribute('href')!,
    );
    expect(links.map((l) => l.split('.').slice(-2).join('.'))).toEqual(['moodle.xml', 'gift.txt']);
    const keyQuestions = document.querySelectorAll('.guide-answer-key .answer-key-prompt').length;
    for (const href of links) expect(existsSync(join(DIST, href)), href).toBe(true);
    const xml = readMoodleXml(readBuilt(links[0]!.slice(1)));
    const gift = readGift(readBuilt(links[1]!.slice(1)));
    expect(xml.questions.length).toBeGreaterThan(4);
    expect(gift.questions.map((q) => q.id)).toEqual(xml.questions.map((q) => q.id));
    expect(xml.questions.length).toBe(keyQuestions);
  });
});
