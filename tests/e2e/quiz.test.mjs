/*
 * The pilot quiz, answered with the keyboard alone in English and in Arabic: verdicts and
 * feedback appear and are announced, the score is given, and progress survives a reload and
 * a change of language.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LESSON, answerWithKeyboard, correctAnswers, startSite, tabUntil } from './support.mjs';
import { ui } from './course-data.mjs';

let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

const firstQuizInput = `document.activeElement?.matches('course-quiz .quiz-question input')`;

for (const [locale, prefix] of [
  ['English', ''],
  ['Arabic', '/ar'],
]) {
  describe(`the pilot quiz in ${locale}`, () => {
    let context;
    let page;
    before(async () => {
      context = await site.browser.newContext();
      page = await context.newPage();
      await page.goto(`${site.url}${prefix}${LESSON}`);
    });
    after(async () => context.close());

    it('answers one question wrong with the keyboard and shows and announces why', async () => {
      const [first] = await correctAnswers(page);
      const wrong = first.options.find((o) => !first.correct.includes(o));
      await tabUntil(page, firstQuizInput);
      await answerWithKeyboard(page, first, [wrong]);

      const item = page.locator('.quiz-question').first();
      assert.equal(await item.getAttribute('data-verdict'), 'incorrect');
      const feedback = item.locator('.quiz-feedback');
      assert.equal(await feedback.isVisible(), true);
      // What shows (innerText): the page holds every verdict and option; CSS and the script pick.
      const verdict = await feedback.locator('.quiz-verdict').innerText();
      assert.ok(verdict.trim().length > 3, 'the verdict is written out, not shown by colour alone');
      const optionFeedback = await item
        .locator(`details [data-option="${wrong}"] .quiz-option-feedback`)
        .textContent();
      assert.ok(
        (await feedback.innerText()).includes(optionFeedback.trim()),
        'the chosen option’s feedback is shown',
      );
      const rightFeedback = await item
        .locator(`details [data-option="${first.correct[0]}"] .quiz-option-feedback`)
        .textContent();
      assert.ok(
        !(await feedback.innerText()).includes(rightFeedback.trim()),
        'the options not chosen stay hidden',
      );
      const announced = await page.locator('course-quiz [aria-live="polite"]').textContent();
      assert.ok(announced.includes(verdict.trim()) && announced.includes(optionFeedback.trim()));
      // Focus stays where the learner is.
      assert.equal(await page.evaluate(() => document.activeElement.className), 'quiz-check');
    });

    it('answers every question right, one after another, and gives the score', async () => {
      const questions = await correctAnswers(page);
      // Back to the first question's input (Shift+Tab from its check button).
      await tabUntil(page, firstQuizInput, { shift: true });
      for (const [index, question] of questions.entries()) {
        if (index > 0)
          await tabUntil(
            page,
            `document.activeElement?.closest('.quiz-question')?.dataset.question === ${JSON.stringify(question.id)} && document.activeElement.matches('input')`,
          );
        await answerWithKeyboard(page, question, question.correct);
      }
      const verdicts = await page.$$eval('.quiz-question', (items) =>
        items.map((i) => i.dataset.verdict),
      );
      assert.deepEqual(
        verdicts,
        questions.map(() => 'correct'),
      );
      const score = page.locator('.quiz-score');
      assert.equal(await score.isVisible(), true);
      const text = await score.textContent();
      assert.match(text, new RegExp(`${questions.length}\\D+${questions.length}`));
      assert.ok(
        (await page.locator('course-quiz [aria-live="polite"]').textContent()).includes(text),
      );
    });

    it('keeps the answers after a reload', async () => {
      await page.reload();
      const verdicts = await page.$$eval('.quiz-question', (items) =>
        items.map((i) => i.dataset.verdict),
      );
      assert.ok(verdicts.every((v) => v === 'correct'));
      assert.equal(await page.locator('.quiz-score').isVisible(), true);
    });

    it('shows the lesson as completed on the progress page, in the other language too', async () => {
      const other = prefix ? '' : '/ar';
      for (const path of [`${prefix}/progress/`, `${other}/progress/`]) {
        await page.goto(`${site.url}${path}`);
        const row = page.locator('tr[data-lesson="territory-to-timeline"]');
        const status = await row.locator('.progress-status').textContent();
        assert.ok(
          [ui('en', 'progress.completed'), ui('ar', 'progress.completed')].includes(status.trim()),
          `status on ${path} is "${status}"`,
        );
        assert.match(await row.locator('.progress-score').textContent(), /(\d+) \/ \1/);
      }
    });

    it('keeps the answers when the learner switches language', async () => {
      await page.goto(`${site.url}${prefix}${LESSON}`);
      const select = page.locator('starlight-lang-select select').first();
      await select.focus();
      await select.selectOption({ index: prefix ? 0 : 1 });
      await page.waitForURL(`${site.url}${prefix ? '' : '/ar'}${LESSON}`);
      await page.waitForLoadState('load');
      const verdicts = await page.$$eval('.quiz-question', (items) =>
        items.map((i) => i.dataset.verdict),
      );
      assert.ok(verdicts.length > 0 && verdicts.every((v) => v === 'correct'));
    });

    it('starts again on "try again", with focus on the first question', async () => {
      await page.goto(`${site.url}${prefix}${LESSON}`);
      await tabUntil(page, `document.activeElement?.classList.contains('quiz-retry')`);
      await page.keyboard.press('Enter');
      assert.equal(
        await page.evaluate(() => document.activeElement.matches('.quiz-question input')),
        true,
      );
      assert.equal(await page.locator('.quiz-question[data-verdict]').count(), 0);
      assert.equal(await page.locator('.quiz-question input:checked').count(), 0);
      assert.equal(await page.locator('.quiz-score').isVisible(), false);
    });
  });
}
