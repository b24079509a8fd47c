/* Without JavaScript the quiz is a worksheet: inputs, then each answer behind "Show answer". */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LESSON, startSite } from './support.mjs';

let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

for (const prefix of ['', '/ar']) {
  describe(`the pilot quiz without JavaScript (${prefix || '/'})`, () => {
    it('is a worksheet whose answers and feedback open on request', async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.url}${prefix}${LESSON}`);
      const questions = page.locator('.quiz-question');
      const count = await questions.count();
      assert.ok(count >= 6);
      assert.equal(await page.locator('.quiz-check:visible').count(), 0, 'no dead buttons');
      assert.equal(
        await page.locator('.quiz-question input:checked').count(),
        0,
        'nothing pre-checked',
      );
      for (let i = 0; i < count; i++) {
        const question = questions.nth(i);
        const answer = question.locator('.quiz-answer-options');
        assert.equal(await answer.isVisible(), false, 'answers start hidden');
        await question.locator('summary').click();
        assert.equal(await answer.isVisible(), true);
        assert.ok(
          (await question.locator('.quiz-answer .quiz-explanation').textContent()).trim().length >
            10,
        );
      }
      // A learner can still tick answers on the worksheet.
      await questions.first().locator('input').first().check();
      await context.close();
    });
  });
}
