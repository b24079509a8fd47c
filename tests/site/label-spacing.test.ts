/*
 * A label and the text it introduces are separate elements in the markup ("<strong>Why:</strong>
 * A real number…"), and a line break between them in a component's source is not a space in
 * the page. Every label ending in a colon must be followed by a space, in both languages, in
 * the text a reader (or a screen reader) gets.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, loadPage } from './dist';

const pages = builtPages().filter((p) => !/(^|\/)l\/\d+\//.test(p));

/** A colon glued to the next word: "Why:A", «السبب:قد». Times (10:30) and URLs are not words. */
const GLUED = /[\p{L}\d)»”][:：][\p{L}«“]/u;

const BLOCKS =
  'p, div, li, dt, dd, h1, h2, h3, h4, h5, h6, figure, figcaption, section, nav, aside, ' +
  'header, footer, table, caption, tr, th, td, summary, details, blockquote, br, ul, ol, dl';

function visibleText(document: Document): string {
  const main = document.querySelector('main') ?? document.body;
  // Code, URLs shown as text and scripts may hold colons; they are not prose.
  for (const skip of main.querySelectorAll('script, style, code, pre, .print-short-url, svg'))
    skip.remove();
  // Block boundaries separate text for a reader; linkedom has no layout, so mark them.
  for (const block of main.querySelectorAll(BLOCKS)) block.append('\n');
  return main.textContent ?? '';
}

describe('labels followed by their text', () => {
  it.each(pages)('%s has a space after every label', (path) => {
    const text = visibleText(loadPage(path));
    const glued = [...text.matchAll(new RegExp(GLUED, 'gu'))].map((m) =>
      text.slice(Math.max(0, m.index - 25), m.index + 25).replace(/\s+/g, ' '),
    );
    expect(glued).toEqual([]);
  });

  // The right answer in bold, then why: «<strong>…</strong> {explanation}» in every exercise.
  const lessons = pages.filter((p) => /(^|\/)lessons\/[^/]+\/index\.html$/.test(p));
  it.each(lessons)('%s leaves a space after the bold answer in exercise feedback', (path) => {
    const glued = [...loadPage(path).querySelectorAll('.exercise-feedback p > strong')]
      .filter((s) => s.nextSibling?.textContent && !/^\s/.test(s.nextSibling.textContent))
      .map((s) => `${s.textContent}|${s.nextSibling!.textContent!.slice(0, 20)}`);
    expect(glued).toEqual([]);
  });

  it.each(['progress/index.html', 'ar/progress/index.html'])(
    '%s leaves a space before the lesson the script fills in',
    (path) => {
      const label = loadPage(path).querySelector('.progress-continue-label')!;
      expect(label.textContent).toMatch(/:$/);
      expect(label.nextSibling?.textContent).toMatch(/^\s/);
    },
  );
});
