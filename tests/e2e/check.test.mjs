/*
 * The discernment check in both languages: take it by keyboard, finish the course (seeded
 * progress), take it again and see the chart, the reading and the code; the delayed check a week
 * later; a teacher adds up 30 generated codes; without JavaScript the printable forms show.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { wcagViolations } from './axe.mjs';
import { startSite, tabUntil } from './support.mjs';
import { LESSON_SLUGS } from './lesson-slugs.mjs';
import { checkModules } from './check-modules.mjs';

let site;
let codes;
before(async () => {
  site = await startSite();
  codes = await checkModules();
});
after(async () => site?.close());

const finishedCourse = JSON.stringify({
  format: 'second-look-progress',
  version: 1,
  lessons: Object.fromEntries(
    LESSON_SLUGS.map((slug) => {
      const at = '2026-11-20T10:00:00.000Z';
      const record = {
        status: 'completed',
        bestScore: 5,
        lastScore: 5,
        maxScore: 5,
        lastAnswers: {},
      };
      return [slug, { ...record, firstAttemptAt: at, lastAttemptAt: at, completedAt: at }];
    }),
  ),
});

async function axeClean(page, label) {
  assert.deepEqual(await wcagViolations(page), [], `axe on ${label}`);
}

/**
 * Answer every shown post with the keyboard alone: Tab to the rating group, arrows to the
 * rating, Tab to the share group, arrows to yes or no. `choose(slot)` gives { rating, share }.
 * Returns the answers in slot order.
 */
async function answerByKeyboard(page, choose) {
  const slots = await page.$$eval('.check-form:not([hidden]) .check-item', (items) =>
    items.map((item) => Number(item.dataset.slot)),
  );
  const answers = [];
  for (const [shown, slot] of slots.entries()) {
    const { rating, share } = choose(slot);
    answers[slot] = { rating, share };
    await tabUntil(
      page,
      `document.activeElement?.name?.endsWith('-rating') && document.activeElement.closest('.check-item') === document.querySelectorAll('.check-form:not([hidden]) .check-item')[${shown}]`,
    );
    await page.keyboard.press('Space');
    for (let i = 1; i < rating; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    if (!share) await page.keyboard.press('ArrowDown');
  }
  return answers;
}

const perfect = (slot) => (slot < 8 ? { rating: 1, share: false } : { rating: 7, share: true });
const gullible = (slot) =>
  slot < 8 ? { rating: slot < 3 ? 6 : 3, share: slot < 3 } : { rating: 4, share: true };

for (const [lang, prefix] of [
  ['en', ''],
  ['ar', '/ar'],
]) {
  describe(`the discernment check (${lang})`, () => {
    it('is taken, taken again after the course, and a third time a week later', async () => {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 780 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site.url + prefix + '/check/');

      // One form shows, shuffled and renumbered; the printable-form links are gone.
      const shown = page.locator('.check-form:not([hidden])');
      assert.equal(await shown.count(), 1);
      const first = await shown.getAttribute('data-form');
      assert.equal(await page.locator('.check-printable').isVisible(), false);
      const numbers = await shown.locator('.check-item-number').allTextContents();
      assert.equal(numbers.length, 16);
      assert.match(numbers[15], /16/);
      assert.match(await page.locator('.check-status').textContent(), new RegExp(first));

      // Submitting too early says what is missing, in an alert, and moves focus there.
      await page.locator('.check-submit').click();
      assert.equal(await page.locator('.check-missing').getAttribute('role'), 'alert');
      assert.match(await page.locator('.check-missing').textContent(), /1/);
      assert.equal(
        await page.evaluate(() => document.activeElement.name.endsWith('-rating')),
        true,
      );
      await axeClean(page, `${prefix}/check/ (form)`);

      await page.evaluate(() => document.activeElement.blur());
      const before = await answerByKeyboard(page, gullible);
      await tabUntil(page, `document.activeElement?.classList.contains('check-submit')`);
      await page.keyboard.press('Enter');
      await page.locator('.check-results:not([hidden])').waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'check-results-heading');

      // The code holds exactly what was answered.
      const code1 = await page.locator('[data-result-code]').getAttribute('data-result-code');
      assert.equal(await page.locator('[data-result-code]').textContent(), code1);
      assert.ok(code1.length <= 60);
      assert.deepEqual(codes.decodeResult(code1), {
        ok: true,
        code: code1,
        form: first,
        attempt: 1,
        answers: before,
      });
      await page.locator('.check-qr svg').waitFor();
      // Techniques still rated reliable: slots 0-2 were rated 6, linked to lesson 4.
      const reliable = page.locator('.check-techniques li:not([hidden]) a');
      assert.equal(await reliable.count(), 3);
      assert.match(
        await reliable.first().getAttribute('href'),
        /lessons\/manipulation-techniques\/#/,
      );
      // Not finished the course: the page points to lesson 10.
      assert.equal(await page.locator('.check-next[data-when="2"]').isVisible(), true);
      await axeClean(page, `${prefix}/check/ (results)`);
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= 360),
        'no sideways scrolling at 360 px',
      );

      // Finish the course, come back: take it again with another form.
      await page.evaluate((lessons) => {
        // The check's attempts live in the same store: add the lesson records beside them.
        const data = JSON.parse(localStorage.getItem('second-look:progress'));
        localStorage.setItem(
          'second-look:progress',
          JSON.stringify({ ...data, lessons: JSON.parse(lessons).lessons }),
        );
      }, finishedCourse);
      await page.reload();
      assert.equal(await page.locator('.check-next[data-when="2"]').isVisible(), false);
      await page.locator('.check-again').click();
      const second = await page.locator('.check-form:not([hidden])').getAttribute('data-form');
      assert.notEqual(second, first);
      await page.evaluate(() => document.activeElement.blur());
      const after2 = await answerByKeyboard(page, perfect);
      await page.locator('.check-submit').click();
      await page.locator('.check-results:not([hidden])').waitFor();
      const code2 = await page.locator('[data-result-code]').getAttribute('data-result-code');
      assert.deepEqual(codes.decodeResult(code2), {
        ok: true,
        code: code2,
        form: second,
        attempt: 2,
        answers: after2,
      });

      // The chart and table show both checks; the reading says discernment rose.
      const bars = await page.$$eval('.check-chart[data-measure="discernment"] rect', (rects) =>
        rects.map((r) => Number(r.getAttribute('height'))),
      );
      assert.ok(bars[0] > 0 && bars[1] > 0 && bars[2] === 0, `bars ${bars}`);
      const row2 = await page.locator('tr[data-attempt="2"] td').allTextContents();
      assert.match(row2[0], /\+6\.0/);
      const summary = await page.locator('.check-summary p').allTextContents();
      assert.equal(summary.length, 2);
      const b = codes.scoreAnswers(before);
      assert.ok(
        summary[0].includes(codes.scoreAnswers(after2).discernment.toFixed(1)) &&
          summary[0].includes(b.discernment.toFixed(1)),
      );
      assert.equal(await page.locator('.check-techniques-none').isVisible(), true);
      assert.equal(await page.locator('.check-again').isVisible(), false);
      assert.equal(await page.locator('.check-next[data-when="wait"]').isVisible(), true);

      // A week later, My progress offers the delayed check, which uses the third form.
      await page.evaluate(() => {
        const data = JSON.parse(localStorage.getItem('second-look:progress'));
        data.check.attempts[1].at = new Date(Date.now() - 8 * 864e5).toISOString();
        localStorage.setItem('second-look:progress', JSON.stringify(data));
      });
      await page.goto(site.url + prefix + '/progress/');
      await page.locator('.check-reminder a').click();
      await page.locator('.check-again').click();
      const third = await page.locator('.check-form:not([hidden])').getAttribute('data-form');
      assert.deepEqual([first, second, third].sort(), ['A', 'B', 'C']);
      assert.deepEqual(errors, []);
      await context.close();
    });

    it('keeps the attempts in the progress file: exported, then imported on another device', async () => {
      const answers = Array.from({ length: 16 }, (_, slot) => ({
        rating: 1 + (slot % 7),
        share: slot % 2 === 0,
      }));
      const attempts = [
        { form: 'C', attempt: 1, answers, at: '2026-10-01T10:00:00.000Z' },
        { form: 'A', attempt: 2, answers, at: '2026-11-01T10:00:00.000Z' },
      ];
      const one = await site.browser.newContext({ acceptDownloads: true });
      await one.addInitScript(
        (value) => {
          if (!localStorage.getItem('second-look:progress'))
            localStorage.setItem('second-look:progress', value);
        },
        JSON.stringify({ format: 'second-look-progress', version: 2, check: { attempts } }),
      );
      const page = await one.newPage();
      await page.goto(site.url + prefix + '/progress/');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('.progress-export'),
      ]);
      const buffer = await readFile(await download.path());
      await one.close();

      const two = await site.browser.newContext();
      const other = await two.newPage();
      await other.goto(site.url + prefix + '/progress/');
      await other.setInputFiles('.progress-import', {
        name: 'progress.json',
        mimeType: 'application/json',
        buffer,
      });
      await other.waitForFunction(
        () => JSON.parse(localStorage.getItem('second-look:progress') ?? '{}').check,
      );
      await other.goto(site.url + prefix + '/check/');
      await other.locator('.check-results:not([hidden])').waitFor();
      const code = await other.locator('[data-result-code]').getAttribute('data-result-code');
      assert.deepEqual(codes.decodeResult(code), {
        ok: true,
        code,
        form: 'A',
        attempt: 2,
        answers,
      });
      assert.equal((await other.locator('tr[data-attempt="1"] td').allTextContents())[3], 'C');
      await two.close();
    });

    it('lets a teacher add up 30 generated codes, with bad lines listed', async () => {
      // Thirty learners, 15 before and 15 after, with seeded random answers.
      let seed = 42;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      const learners = Array.from({ length: 30 }, (_, i) => ({
        form: 'ABC'[i % 3],
        attempt: i < 15 ? 1 : 2,
        answers: Array.from({ length: 16 }, () => ({
          rating: 1 + Math.floor(random() * 7),
          share: random() < 0.5,
        })),
      }));
      const lines = learners.map((l, i) => `Learner${i + 1}: ${codes.encodeResult(l)}`);
      const typo = codes
        .encodeResult(learners[0])
        .replace(/^(.{6})(.)/, (_, a, c) => a + (c === 'Z' ? 'Y' : 'Z'));
      const text = [...lines, typo, 'hello'].join('\n');
      const context = await site.browser.newContext({ viewport: { width: 360, height: 780 } });
      const page = await context.newPage();
      await page.goto(site.url + prefix + '/teach/class-results/');
      assert.match(
        await page.textContent('main'),
        /Nothing leaves this device|لا يغادر شيء هذا الجهاز/,
      );
      await page.fill('.class-codes', text);
      await page.click('.class-show');
      await page.locator('.class-output:not([hidden])').waitFor();
      assert.match(await page.locator('.class-status').textContent(), /30.*2/);
      const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
      for (const attempt of [1, 2]) {
        const group = learners.filter((l) => l.attempt === attempt);
        const d = group.map(
          (l) =>
            mean(l.answers.slice(8).map((a) => a.rating)) -
            mean(l.answers.slice(0, 8).map((a) => a.rating)),
        );
        const m = mean(d);
        const sd = Math.sqrt(d.reduce((s, x) => s + (x - m) ** 2, 0) / (d.length - 1));
        const half = (2.145 * sd) / Math.sqrt(15); // t(14)
        const cells = await page
          .locator(`.class-means tr[data-attempt="${attempt}"] td`)
          .allTextContents();
        assert.equal(cells[0], '15');
        const clean = (s) => s.replace(/[\u2066\u2069]/g, '');
        const fmt = (x) => (x > 0 ? '+' : '') + x.toFixed(1);
        assert.equal(clean(cells[1]), `${fmt(m)} [${fmt(m - half)}, ${fmt(m + half)}]`);
      }
      assert.equal(
        await page.locator('.class-means tr[data-attempt="3"] td').first().textContent(),
        '0',
      );
      const bad = await page.locator('.class-bad li').allTextContents();
      assert.equal(bad.length, 2);
      assert.match(bad[0], /31/);
      assert.match(bad[1], /32/);
      assert.ok((await page.locator('.class-items tbody tr').count()) > 0);
      assert.equal(await page.locator('.class-techniques tbody tr').count(), 8);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('.class-csv'),
      ]);
      const csv = await (await download.createReadStream()).toArray();
      assert.equal(Buffer.concat(csv).toString().trim().split('\r\n').length, 31);
      await axeClean(page, `${prefix}/teach/class-results/ (with results)`);
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= 360),
        'no sideways scrolling at 360 px',
      );
      await context.close();
    });

    it('shows the printable forms without JavaScript, one form alone from its link', async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(site.url + prefix + '/check/');
      assert.equal(await page.locator('.check-printable').isVisible(), true);
      assert.equal(await page.locator('.check-form').count(), 3);
      assert.equal(await page.locator('.check-form:visible').count(), 3);
      assert.equal(await page.locator('.check-form input[type=radio]').count(), 3 * 16 * 9);
      assert.equal(await page.locator('.check-results').isVisible(), false);
      await page.locator('.check-form-links a').nth(1).click();
      assert.deepEqual(
        await page.locator('.check-form:visible').evaluateAll((s) => s.map((x) => x.dataset.form)),
        ['B'],
      );
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.check-printable').isVisible(), false);
      assert.equal(
        await page.locator('.check-form[data-form="B"] .check-write-space').isVisible(),
        true,
      );
      await context.close();
    });
  });
}
