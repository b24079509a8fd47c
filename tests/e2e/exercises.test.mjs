/*
 * The exercises, done as a learner would: with the keyboard alone, in English and Arabic, with
 * and without JavaScript, and printed. Each type is answered from the worksheet's own key (read
 * from the page), checked, and its summary, announcement and saved result are verified. Axe
 * runs with feedback showing, and Arabic screenshots at 360 px go to tests/.tmp/screenshots.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { wcagViolations } from './axe.mjs';
import { LESSON, startSite, tabUntil } from './support.mjs';

const SHOTS = 'tests/.tmp/screenshots';
const TECHNIQUES = '/lessons/manipulation-techniques/';
const DESK = '/lessons/cost-of-pushing-back/';
const PROGRESS_KEY = 'second-look:progress';

let site;
before(async () => {
  site = await startSite();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => site?.close());

/** Scroll an exercise into view and wait for its custom element, which loads near the screen. */
async function ready(page, id) {
  const root = page.locator(`[data-id="${id}"]`);
  await root.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.matches(':defined'),
    `[data-id="${id}"]`,
  );
  // Start tabbing from just before the exercise, as a learner reaching it would.
  await root.locator('.exercise-title').evaluate((heading) => {
    heading.tabIndex = -1;
    heading.focus();
  });
  return root;
}

/** The worksheet's key, read from the page: one entry per item with its data-* values. */
const keyOf = (root) =>
  root
    .locator('.exercise-key [data-item]')
    .evaluateAll((entries) => entries.map((e) => ({ ...e.dataset })));

/**
 * Choose `value` in one radio group with the keyboard: Tab to the group, Space selects the
 * focused radio, arrow keys move and select (Up/Down are not mirrored in right-to-left pages).
 */
async function choose(page, id, item, value, part = 'answer') {
  const group = `[data-id="${id}"] [data-item="${item}"] [data-part="${part}"]`;
  await tabUntil(page, `document.activeElement?.matches('${group} input')`);
  const values = await page
    .locator(`${group} input`)
    .evaluateAll((inputs) => inputs.map((i) => i.value));
  const current = await page.evaluate(() => document.activeElement.value);
  await page.keyboard.press('Space');
  const steps = values.indexOf(value) - values.indexOf(current);
  assert.ok(values.includes(value), `${value} is offered for ${item}`);
  for (let i = 0; i < Math.abs(steps); i++)
    await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  assert.equal(await page.locator(`${group} input:checked`).getAttribute('value'), value);
}

/** Tab to the exercise's "Check" button and press it; returns the summary (a status region). */
async function check(page, id) {
  await tabUntil(page, `document.activeElement?.matches('[data-id="${id}"] .exercise-check')`);
  await page.keyboard.press('Enter');
  const summary = page.locator(`[data-id="${id}"] .exercise-summary`);
  assert.equal(await summary.getAttribute('role'), 'status', 'the summary is announced');
  return (await summary.textContent()).trim();
}

/** The exercises section of the learner's saved progress (saved on demand after a check). */
const saved = (page) =>
  page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '{}').exercises ?? {},
    PROGRESS_KEY,
  );

/** Wait until the saved result of one exercise satisfies `holds`, and return it. */
async function savedResult(page, id, holds) {
  for (let i = 0; i < 50; i++) {
    const result = (await saved(page))[id];
    if (result && holds(result)) return result;
    await page.waitForTimeout(100);
  }
  assert.fail(
    `the result of "${id}" was not saved as expected: ${JSON.stringify((await saved(page))[id])}`,
  );
}
const verdicts = (root) =>
  root.locator('.exercise-item').evaluateAll((items) => items.map((i) => i.dataset.verdict));

for (const [locale, prefix] of [
  ['English', ''],
  ['Arabic', '/ar'],
]) {
  describe(`exercises by keyboard, ${locale}`, () => {
    let context;
    let page;
    before(async () => {
      context = await site.browser.newContext({ viewport: { width: 360, height: 760 } });
      page = await context.newPage();
    });
    after(async () => context.close());

    it('order: moves each event into place with "Move up" and gets every position right', async () => {
      await page.goto(`${site.url}${prefix}${LESSON}`);
      const root = await ready(page, 'timeline-order');
      const right = (await keyOf(root)).map((entry) => entry.item);
      assert.ok(right.includes('article'), 'the article date is among the events');
      const order = () =>
        root.locator('.order-item').evaluateAll((items) => items.map((i) => i.dataset.item));
      assert.notDeepEqual(await order(), right, 'the worksheet starts shuffled');
      for (const [target, item] of right.entries()) {
        const moves = (await order()).indexOf(item) - target;
        if (!moves) continue;
        await tabUntil(page, `document.activeElement?.matches('[data-item="${item}"] .order-up')`);
        for (let i = 0; i < moves; i++) await page.keyboard.press('Enter');
        const announced = await root.locator('.order-announcer').textContent();
        assert.match(
          announced,
          new RegExp(`${target + 1}\\D+${right.length}`),
          'the new position is announced',
        );
      }
      assert.deepEqual(await order(), right);
      const summary = await check(page, 'timeline-order');
      assert.match(summary, new RegExp(`${right.length}\\s*/\\s*${right.length}`));
      assert.ok((await verdicts(root)).every((v) => v === 'right'));
      await savedResult(page, 'timeline-order', (r) => r.score === right.length);
      await page.screenshot({ path: `${SHOTS}/order-${locale}.png` });
    });

    it('sort: gives each claim a verdict, one wrong, and shows what was wrong and why', async () => {
      const root = await ready(page, 'claim-verdicts');
      const key = await keyOf(root);
      for (const [index, entry] of key.entries()) {
        const groups = entry.answer.split(' ');
        // Answer the first claim wrong on purpose.
        const value = index === 0 ? (groups.includes('holds') ? 'misleading' : 'holds') : groups[0];
        await choose(page, 'claim-verdicts', entry.item, value);
      }
      const summary = await check(page, 'claim-verdicts');
      assert.match(summary, new RegExp(`${key.length - 1}\\s*/\\s*${key.length}`));
      const first = root.locator('.exercise-item').first();
      assert.equal(await first.getAttribute('data-verdict'), 'wrong');
      assert.ok(await first.locator('.verdict-wrong').isVisible(), 'the verdict is written out');
      assert.ok(await first.locator('.exercise-feedback').isVisible());
      assert.equal(await first.locator('.verdict-right').isVisible(), false);
      await first.screenshot({ path: `${SHOTS}/sort-feedback-${locale}.png` });
    });

    it('lateral: judging on the post alone is "beginning", even when right; opening the pages reaches "mastery"', async () => {
      const root = await ready(page, 'outlet-lateral');
      const [judgement] = (await keyOf(root)).filter((entry) => entry.item === 'judgement');
      await choose(page, 'outlet-lateral', 'judgement', judgement.answer);
      const alone = await check(page, 'outlet-lateral');
      // The levels' words, in the worksheet (hidden), by level id.
      const levels = Object.fromEntries(
        await root
          .locator('[data-level]')
          .evaluateAll((spans) => spans.map((span) => [span.dataset.level, span.textContent])),
      );
      assert.ok(alone.includes(levels.beginning), alone);
      await savedResult(page, 'outlet-lateral', (r) => r.level === 'beginning');

      // Try again: focus returns to the exercise; open the essential pages with Enter.
      await tabUntil(
        page,
        `document.activeElement?.matches('[data-id="outlet-lateral"] .exercise-retry')`,
      );
      await page.keyboard.press('Enter');
      await root.locator('.exercise-title').focus();
      for (const pageId of judgement.pages.split(' ')) {
        await tabUntil(page, `document.activeElement?.matches('[data-page="${pageId}"] summary')`);
        await page.keyboard.press('Enter');
        const frame = root.locator(`[data-page="${pageId}"] .lateral-frame`);
        assert.ok(await frame.isVisible());
        assert.ok(
          (await frame.locator('.lateral-label').textContent()).trim(),
          'marked as invented',
        );
      }
      await choose(page, 'outlet-lateral', 'judgement', judgement.answer);
      const read = await check(page, 'outlet-lateral');
      assert.ok(read.includes(levels.mastery), read);
      await savedResult(page, 'outlet-lateral', (r) => r.level === 'mastery');
      await page.screenshot({ path: `${SHOTS}/lateral-${locale}.png` });
    });

    it('rate: distrusting everything scores no discernment; telling posts apart scores full', async () => {
      await page.goto(`${site.url}${prefix}${TECHNIQUES}`);
      const root = await ready(page, 'six-posts');
      const key = await keyOf(root);
      for (const entry of key) await choose(page, 'six-posts', entry.item, 'dont-share', 'call');
      const wary = await check(page, 'six-posts');
      assert.match(wary, /(^|\D)0(\D|$)/, `discernment 0: ${wary}`);

      await tabUntil(
        page,
        `document.activeElement?.matches('[data-id="six-posts"] .exercise-retry')`,
      );
      await page.keyboard.press('Enter');
      await root.locator('.exercise-title').focus();
      for (const entry of key) {
        await choose(page, 'six-posts', entry.item, entry.call.split(' ')[0], 'call');
        if (entry.answer) await choose(page, 'six-posts', entry.item, entry.answer);
      }
      const sharp = await check(page, 'six-posts');
      assert.ok(sharp.includes('100'), sharp);
      assert.ok((await verdicts(root)).every((v) => v === 'right'));
      await savedResult(page, 'six-posts', (r) => r.score === r.maxScore);
    });

    it('spot: names the technique of every marked phrase, "nothing wrong" included', async () => {
      const root = await ready(page, 'spot-the-phrases');
      const key = await keyOf(root);
      assert.ok(
        key.some((entry) => entry.answer === 'none'),
        'an innocent phrase is marked',
      );
      for (const entry of key) await choose(page, 'spot-the-phrases', entry.item, entry.answer);
      const summary = await check(page, 'spot-the-phrases');
      assert.match(summary, new RegExp(`${key.length}\\s*/\\s*${key.length}`));
      const marks = await root.locator('.spot-mark').count();
      assert.equal(marks, key.length, 'every phrase is marked in the post');
    });

    it('moderation desk: keeping every post counts the harmful ones left up, and axe finds nothing', async () => {
      await page.goto(`${site.url}${prefix}${DESK}`);
      const root = await ready(page, 'flagged-cases');
      const key = await keyOf(root);
      for (const entry of key) await choose(page, 'flagged-cases', entry.item, 'keep');
      const summary = await check(page, 'flagged-cases');
      const staysUp = JSON.parse(
        await root.locator('[data-stays-up]').getAttribute('data-stays-up'),
      );
      // Judged by each post's first (best) group: kept up when it should come down.
      const harmful = key.filter((entry) => !staysUp[entry.answer.split(' ')[0]]).length;
      assert.ok(harmful >= 2);
      const removedLabel = await root.locator('[data-l-removed]').getAttribute('data-l-removed');
      const leftUpLabel = await root.locator('[data-l-left-up]').getAttribute('data-l-left-up');
      assert.ok(summary.includes(leftUpLabel.replace('{n}', harmful)), summary);
      assert.ok(summary.includes(removedLabel.replace('{n}', 0)), summary);
      await page.screenshot({ path: `${SHOTS}/desk-${locale}.png` });
      assert.deepEqual(await wcagViolations(page), []);
    });
    it('My progress shows the results, apart from the quiz scores', async () => {
      await page.goto(`${site.url}${prefix}/progress/`);
      const row = (id) => page.locator(`tr[data-exercise-id="${id}"]`);
      await row('timeline-order').locator('.exercise-progress-result', { hasText: '/' }).waitFor();
      const results = await saved(page);
      const order = results['timeline-order'];
      assert.equal(
        (await row('timeline-order').locator('.exercise-progress-result').textContent()).trim(),
        `${order.best} / ${order.maxScore}`,
      );
      const levels = JSON.parse(
        await page.locator('course-exercise-progress').getAttribute('data-levels'),
      );
      assert.equal(
        (await row('outlet-lateral').locator('.exercise-progress-result').textContent()).trim(),
        levels.mastery,
      );
      assert.equal(await page.locator('.exercise-progress-none').isVisible(), false);
      assert.equal(
        (await row('chat-stages').locator('.exercise-progress-result').textContent()).trim(),
        '–',
        'exercises not done yet stay empty',
      );
    });
  });

  describe(`exercises without JavaScript, ${locale}`, () => {
    it('are worksheets: numbered boxes, no dead buttons, answers behind "Show answers"', async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const path of [LESSON, TECHNIQUES, DESK]) {
        await page.goto(`${site.url}${prefix}${path}`);
        const exercises = page.locator('[data-exercise]');
        assert.ok((await exercises.count()) >= 1);
        assert.equal(
          await page.locator('.exercise-actions button:visible').count(),
          0,
          'no dead buttons',
        );
        for (let i = 0; i < (await exercises.count()); i++) {
          const answer = exercises.nth(i).locator('.exercise-answer');
          assert.ok(await answer.isVisible());
          assert.equal(
            await answer.locator('.exercise-key').isVisible(),
            false,
            'answers start hidden',
          );
          await answer.locator('summary').click();
          assert.ok(await answer.locator('.exercise-key').isVisible());
        }
      }
      // The timeline is numbered boxes a learner fills in by keyboard.
      await page.goto(`${site.url}${prefix}${LESSON}`);
      assert.equal(await page.locator('.order-moves:visible').count(), 0);
      await page.locator('[data-id="timeline-order"] .exercise-title').evaluate((h) => {
        h.tabIndex = -1;
        h.focus();
      });
      const boxes = page.locator('[data-id="timeline-order"] .order-position input');
      for (let i = 0; i < (await boxes.count()); i++) {
        await tabUntil(
          page,
          `document.activeElement?.matches('[data-id="timeline-order"] .order-position input')`,
        );
        await page.keyboard.type(String(i + 1));
      }
      assert.equal(await boxes.last().inputValue(), String(await boxes.count()));
      await context.close();
    });

    it('print without their answers', async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.url}${prefix}${LESSON}`);
      await ready(page, 'timeline-order');
      await page.emulateMedia({ media: 'print' });
      assert.equal(
        await page.locator('.exercise-key:visible, .exercise-answer:visible').count(),
        0,
      );
      assert.equal(
        await page.locator('.exercise-actions:visible, .order-moves:visible').count(),
        0,
      );
      assert.ok(await page.locator('.order-position').first().isVisible(), 'boxes to write in');
      await context.close();
    });
  });
}
