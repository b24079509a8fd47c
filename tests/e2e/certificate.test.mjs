/* A learner who completed every lesson prints a certificate made on their own device. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSite } from './support.mjs';
import { LESSON_SLUGS } from './lesson-slugs.mjs';
import { LESSON_COUNT, ui } from './course-data.mjs';

let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

/** Pages in a PDF made by Chromium. */
const pageCount = (buffer) => buffer.toString('latin1').match(/\/Type\s*\/Page(?!s)/g).length;

function progress(slugs) {
  const at = '2026-11-20T10:00:00.000Z';
  return JSON.stringify({
    format: 'second-look-progress',
    version: 1,
    lessons: Object.fromEntries(
      slugs.map((slug) => [
        slug,
        {
          status: 'completed',
          bestScore: 7,
          lastScore: 7,
          maxScore: 7,
          lastAnswers: {},
          firstAttemptAt: at,
          lastAttemptAt: at,
          completedAt: at,
        },
      ]),
    ),
  });
}

async function progressPage(stored, path = '/progress/') {
  const context = await site.browser.newContext();
  await context.addInitScript((value) => {
    localStorage.setItem('second-look:progress', value);
    // Record what would be printed instead of opening the print dialog.
    window.print = () => {
      window.__printed = {
        printingCertificate: document.documentElement.classList.contains('printing-certificate'),
        learner: document.querySelector('.certificate-learner').textContent,
        lessons: [...document.querySelectorAll('.certificate-lessons li')].map(
          (li) => li.textContent,
        ),
      };
    };
  }, stored);
  const page = await context.newPage();
  await page.goto(site.url + path);
  return { context, page };
}

describe('the certificate of completion', () => {
  it('is offered only when every lesson is completed', async () => {
    const { context, page } = await progressPage(progress(LESSON_SLUGS.slice(0, 9)));
    assert.equal(await page.locator('.certificate-form').isVisible(), false);
    await context.close();
  });

  it('prints the typed name and every lesson with its date, made on the device', async () => {
    const { context, page } = await progressPage(progress(LESSON_SLUGS), '/ar/progress/');
    const requests = [];
    page.on('request', (r) => {
      if (
        !r.url().startsWith(site.url) ||
        ['fetch', 'xhr', 'ping', 'websocket'].includes(r.resourceType())
      ) {
        requests.push(r.url());
      }
    });
    assert.equal(await page.locator('.certificate-form').isVisible(), true);
    await page.locator('#certificate-name').focus();
    await page.keyboard.type('ليلى حداد');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const printed = await page.evaluate(() => window.__printed);
    assert.equal(printed.printingCertificate, true);
    assert.equal(printed.learner, 'ليلى حداد');
    assert.equal(printed.lessons.length, LESSON_COUNT);
    assert.ok(printed.lessons[0].includes(ui('ar', 'lesson.number', { n: 1 })));
    assert.deepEqual(requests, [], 'nothing is sent anywhere');
    // In print, only the certificate is shown.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.documentElement.classList.add('printing-certificate'));
    assert.equal(await page.locator('.certificate').isVisible(), true);
    // Neither the quiz nor the exercise table prints with it.
    for (const table of await page.locator('.progress-table').all())
      assert.equal(await table.isVisible(), false);
    await context.close();
  });

  for (const [path, name] of [
    [
      '/progress/',
      'Alexandra Konstantinopoulou-Vasilakopoulou de la Fontaine-Montmorency '.repeat(2),
    ],
    ['/ar/progress/', 'عبد الرحمن بن محمد بن عبد الله آل عبد اللطيف الهاشمي القرشي '.repeat(2)],
  ]) {
    it(`limits the name and prints on one page, A4 and Letter (${path})`, async () => {
      const { context, page } = await progressPage(progress(LESSON_SLUGS), path);
      await page.locator('#certificate-name').fill(name);
      const limit = await page.locator('#certificate-name').getAttribute('maxlength');
      assert.ok(Number(limit) > 0 && Number(limit) <= 80, 'the name field has a length limit');
      assert.match(
        await page.locator('#certificate-name').getAttribute('aria-describedby'),
        /certificate-name-limit/,
      );
      await page.locator('.certificate-print').click();
      const printed = await page.evaluate(() => window.__printed);
      assert.ok(printed.learner.length <= Number(limit));
      await page.emulateMedia({ media: 'print' });
      for (const format of ['A4', 'Letter']) {
        // Each PDF ends with "afterprint", which ends certificate printing: print it again.
        await page.evaluate(() => document.documentElement.classList.add('printing-certificate'));
        const pdf = await page.pdf({ format, printBackground: false });
        assert.equal(pageCount(pdf), 1, `${format}: the certificate fills one page`);
      }
      await context.close();
    });
  }
});
