/*
 * Printing: Chromium prints a lesson, a teacher guide and the whole course to PDF. A printed
 * lesson has no navigation and a worksheet without answers; a printed guide has its answer
 * key; the Arabic PDF runs right to left; page counts stay within sensible bounds.
 * Text is read back from the PDFs with pdftotext (Debian's poppler-utils).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LESSON, startSite } from './support.mjs';
import { LESSON_COUNT, lessonField, starlightUi, ui } from './course-data.mjs';

const PDFTOTEXT = '/usr/bin/pdftotext';
const work = mkdtempSync(join(tmpdir(), 'second-look-print-'));
let site;
before(async () => {
  assert.ok(existsSync(PDFTOTEXT), 'pdftotext is missing: sudo apt-get install poppler-utils');
  site = await startSite();
});
after(async () => site?.close());

/** Print a page to PDF in the given paper size; returns { page, pdf (path), pages, text }. */
async function printPage(path, format = 'A4', context) {
  const ctx = context ?? (await site.browser.newContext());
  const page = await ctx.newPage();
  await page.goto(site.url + path);
  await page.emulateMedia({ media: 'print' });
  const buffer = await page.pdf({ format, printBackground: false });
  const pdf = join(work, `${path.replace(/\W+/g, '_')}-${format}.pdf`);
  writeFileSync(pdf, buffer);
  const pages = buffer.toString('latin1').match(/\/Type\s*\/Page(?!s)/g).length;
  const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return { page, ctx, pdf, pages, text };
}

/** Feedback sentences of the quiz's options, as the page holds them. */
const feedbackOf = (page) =>
  page.$$eval('.quiz-answer .quiz-option-feedback', (items) =>
    items.map((i) => i.textContent.trim()),
  );

// pdftotext breaks lines and may drop a hyphen at a break: compare without hyphens and with
// spacing flattened.
const words = (text) => text.replace(/\s+/g, ' ').trim();
const loose = (text) => words(text).replace(/-\s?/g, '');

describe('a printed lesson', () => {
  for (const format of ['A4', 'Letter']) {
    it(`is a clean ${format} handout whose quiz is a worksheet without answers`, async () => {
      const { page, ctx, pages, text } = await printPage(LESSON, format);
      assert.ok(pages >= 4 && pages <= 30, `${pages} pages`);
      const printed = words(text);
      // No navigation, search, theme or language switcher.
      for (const hidden of [
        await starlightUi('en', 'tableOfContents.onThisPage'),
        await starlightUi('en', 'search.label'),
        ui('en', 'sidebar.progress'),
        ui('en', 'lesson.teacherGuide'),
        ui('en', 'quiz.showAnswer'),
        ui('en', 'quiz.check'),
      ]) {
        assert.ok(!printed.includes(hidden), `"${hidden}" is printed`);
      }
      // The worksheet has questions, space to answer, and none of the answers' feedback.
      assert.ok(printed.includes(ui('en', 'quiz.question', { n: 1, total: '' }).trim()));
      assert.ok(printed.includes(ui('en', 'print.why')));
      for (const feedback of await feedbackOf(page)) {
        assert.ok(
          !loose(text).includes(loose(feedback).slice(0, 60)),
          `answer feedback is printed: ${feedback}`,
        );
      }
      // Links show their address, and a short link leads back online.
      assert.match(printed, /\(https:\/\/blog\.x\.com\/[^)]*\)/);
      assert.match(printed, /second-look\.example\.org\/l\/1\//);
      assert.equal(await page.locator('.print-qr svg').isVisible(), true);
      await ctx.close();
    });
  }

  it('hides answers chosen on screen before printing', async () => {
    const ctx = await site.browser.newContext();
    const page = await ctx.newPage();
    await page.goto(site.url + LESSON);
    const first = page.locator('.quiz-question').first();
    await first.locator('input').first().check();
    await first.locator('.quiz-check').click();
    await page.emulateMedia({ media: 'print' });
    const look = await first
      .locator('input')
      .first()
      .evaluate((input) => {
        const style = getComputedStyle(input);
        return {
          appearance: style.appearance,
          feedback: getComputedStyle(
            input.closest('.quiz-question').querySelector('.quiz-feedback'),
          ).display,
        };
      });
    assert.deepEqual(look, { appearance: 'none', feedback: 'none' });
    await ctx.close();
  });
});

describe('a printed teacher guide', () => {
  it('keeps its plans and its answer key', async () => {
    const { ctx, pages, text } = await printPage('/teach/territory-to-timeline/');
    assert.ok(pages >= 4 && pages <= 40, `${pages} pages`);
    const printed = words(text);
    assert.ok(printed.includes(ui('en', 'guide.answerKey')));
    const minutes = lessonField('territory-to-timeline', 'selfStudy');
    assert.ok(printed.includes(ui('en', 'guide.plan.selfStudy', { minutes })));
    assert.ok(printed.includes('Referral chart'));
    // The key holds the feedback of every option of the lesson's quiz.
    const lesson = await ctx.newPage();
    await lesson.goto(site.url + LESSON);
    for (const feedback of await feedbackOf(lesson)) {
      assert.ok(
        loose(text).includes(loose(feedback).slice(0, 40)),
        `missing from the key: ${feedback}`,
      );
    }
    assert.ok(!printed.includes(await starlightUi('en', 'tableOfContents.onThisPage')));
    await ctx.close();
  });
});

describe('the whole course printed', () => {
  it('has every lesson on its own sheets, then the glossary', async () => {
    const { ctx, pages, text } = await printPage('/print/');
    assert.ok(pages >= 40 && pages <= 400, `${pages} pages`);
    const printed = words(text);
    for (let n = 1; n <= LESSON_COUNT; n++)
      assert.ok(printed.includes(`${ui('en', 'lesson.number', { n })}:`), `lesson ${n} is missing`);
    assert.ok(printed.includes(ui('en', 'print.glossary')));
    assert.ok(!printed.includes(ui('en', 'quiz.showAnswer')));
    await ctx.close();
  });
});

describe('an Arabic printed lesson', () => {
  it('is right to left', async () => {
    const { page, ctx, pdf, text } = await printPage(`/ar${LESSON}`);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.ok(/[\u0600-\u06FF]{20,}/.test(text.replace(/\s/g, '')), 'Arabic text is printed');
    // Lines of text hug the right margin: compare the gaps at each side of every line.
    const bbox = execFileSync(PDFTOTEXT, ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
    const pageWidth = Number(/<page width="([\d.]+)"/.exec(bbox)[1]);
    const lines = [...bbox.matchAll(/<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)].map(
      (m) => ({
        left: Number(m[1]),
        right: pageWidth - Number(m[2]),
      }),
    );
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const right = median(lines.map((l) => l.right));
    const left = median(lines.map((l) => l.left));
    assert.ok(right < left, `right-hand gap ${right} should be smaller than left-hand gap ${left}`);
    await ctx.close();
  });
});
