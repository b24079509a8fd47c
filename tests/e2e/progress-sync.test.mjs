/*
 * Several writers, one saved progress: two tabs, the whole-course print page and a quiz beside
 * the progress page all keep everything; a save that fails is said, in the page's language.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSite, textOf } from './support.mjs';
import { LESSON_SLUGS } from './lesson-slugs.mjs';

let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

const KEY = 'second-look:progress';

/** Check an answer to question `index` of the quiz of `lesson` on this page. */
async function answer(page, lesson, index = 0) {
  const question = page.locator(`course-quiz[data-lesson="${lesson}"] .quiz-question`).nth(index);
  await question.locator('input').first().check();
  await question.locator('.quiz-check').click();
}

/** The saved record of each lesson, once `lessons` are all saved. */
async function savedRecords(page, lessons) {
  await page.waitForFunction(
    ([key, ids]) => {
      const data = JSON.parse(localStorage.getItem(key) ?? '{}');
      return ids.every((id) => data.lessons?.[id]);
    },
    [KEY, lessons],
    { timeout: 5000 },
  );
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)).lessons, KEY);
}

const lessonPath = (slug, lang = '') => `${lang}/lessons/${slug}/`;

describe('two writers', () => {
  it('two tabs on different lessons keep each other’s work', async () => {
    const context = await site.browser.newContext();
    const [one, two] = [await context.newPage(), await context.newPage()];
    // Both tabs open before either saves: each holds the empty progress it read at load.
    await one.goto(site.url + lessonPath(LESSON_SLUGS[0]));
    await two.goto(site.url + lessonPath(LESSON_SLUGS[1]));
    await answer(one, LESSON_SLUGS[0]);
    await savedRecords(one, [LESSON_SLUGS[0]]);
    await answer(two, LESSON_SLUGS[1]);
    const records = await savedRecords(two, LESSON_SLUGS.slice(0, 2));
    assert.deepEqual(Object.keys(records).sort(), LESSON_SLUGS.slice(0, 2).sort());
    await context.close();
  });

  it('two tabs on one lesson keep every question, and each shows the other’s answers', async () => {
    const context = await site.browser.newContext();
    const [one, two] = [await context.newPage(), await context.newPage()];
    const lesson = LESSON_SLUGS[2];
    await one.goto(site.url + lessonPath(lesson));
    await two.goto(site.url + lessonPath(lesson));
    await answer(one, lesson, 0);
    await savedRecords(one, [lesson]);
    await answer(two, lesson, 1);
    await two.waitForFunction(
      ([key, id]) =>
        Object.keys(JSON.parse(localStorage.getItem(key)).lessons[id].lastAnswers).length === 2,
      [KEY, lesson],
    );
    // The first tab picked up the second tab's answer from the storage event.
    await one.waitForFunction(
      (id) =>
        document.querySelectorAll(`course-quiz[data-lesson="${id}"] .quiz-question[data-verdict]`)
          .length === 2,
      lesson,
    );
    await context.close();
  });

  it('the whole-course print page keeps quizzes 1, 2 and 3', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + '/print/');
    for (const lesson of LESSON_SLUGS.slice(0, 3)) await answer(page, lesson);
    const records = await savedRecords(page, LESSON_SLUGS.slice(0, 3));
    assert.deepEqual(Object.keys(records).sort(), LESSON_SLUGS.slice(0, 3).sort());
    await context.close();
  });

  it('a quiz beside the progress page: the page refreshes, and its own saves keep the quiz', async () => {
    const context = await site.browser.newContext();
    const progress = await context.newPage();
    const quiz = await context.newPage();
    await progress.goto(site.url + '/progress/');
    await quiz.goto(site.url + lessonPath(LESSON_SLUGS[3]));
    await answer(quiz, LESSON_SLUGS[3]);
    await savedRecords(quiz, [LESSON_SLUGS[3]]);
    const status = progress.locator(`tr[data-lesson="${LESSON_SLUGS[3]}"] .progress-status`);
    await progress.waitForFunction(
      (id) =>
        document.querySelector(`tr[data-lesson="${id}"] .progress-status`).textContent.trim() ===
        'Attempted',
      LESSON_SLUGS[3],
    );
    assert.equal((await status.textContent()).trim(), 'Attempted');
    // The progress page, opened before the quiz saved, imports a file: the quiz's record stays.
    const file = {
      format: 'second-look-progress',
      version: 2,
      lessons: {
        [LESSON_SLUGS[4]]: {
          status: 'completed',
          bestScore: 5,
          bestOf: 7,
          lastScore: 5,
          maxScore: 7,
          lastAnswers: {},
          firstAttemptAt: '2026-11-20T10:00:00.000Z',
          lastAttemptAt: '2026-11-20T10:00:00.000Z',
          completedAt: '2026-11-20T10:00:00.000Z',
        },
      },
    };
    await progress.locator('.progress-import').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await textOf(progress, '.progress-messages', /Progress loaded/);
    const records = await savedRecords(progress, [LESSON_SLUGS[3], LESSON_SLUGS[4]]);
    assert.equal(records[LESSON_SLUGS[3]].status, 'attempted');
    assert.equal(records[LESSON_SLUGS[4]].status, 'completed');
    await context.close();
  });
});

/** A context whose storage refuses to write progress, as a full storage does. */
async function fullStorage() {
  const context = await site.browser.newContext({ acceptDownloads: true });
  await context.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name, value) {
      if (name.startsWith(key)) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, name, value);
    };
  }, KEY);
  return context;
}

describe('a save that fails', () => {
  for (const [lang, pattern] of [
    ['', /could not be saved.*save it to a file/],
    ['/ar', /تعذّر حفظ إجابتك.*احفظه في ملف/],
  ]) {
    it(`is announced on the quiz, every time, in the page's language (${lang || '/en'})`, async () => {
      const context = await fullStorage();
      const page = await context.newPage();
      await page.goto(site.url + lessonPath(LESSON_SLUGS[0], lang));
      for (const index of [0, 1]) {
        await answer(page, LESSON_SLUGS[0], index);
        await textOf(page, '.quiz-notice', pattern);
        assert.match(await page.locator('.quiz-announcer').textContent(), pattern);
      }
      assert.equal(await page.locator('.quiz-notice').isVisible(), true);
      await context.close();
    });
  }

  it('because the store could not be fetched (offline) is said, and the next check saves', async () => {
    // Service workers would fetch the module themselves, out of reach of page.route.
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    let offline = true;
    await page.route(/\/_astro\/lesson-records\./, (route) =>
      offline ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(site.url + lessonPath(LESSON_SLUGS[0]));
    await answer(page, LESSON_SLUGS[0], 0);
    await textOf(page, '.quiz-notice', /could not be saved/);
    offline = false;
    await answer(page, LESSON_SLUGS[0], 1);
    const records = await savedRecords(page, [LESSON_SLUGS[0]]);
    assert.ok(records[LESSON_SLUGS[0]].lastAnswers);
    await page.locator('.quiz-notice[hidden]').waitFor({ state: 'attached' });
    await context.close();
  });

  it('after an import is said, and the loaded progress can still be exported', async () => {
    const context = await fullStorage();
    const page = await context.newPage();
    await page.goto(site.url + '/ar/progress/');
    const file = JSON.stringify({
      format: 'second-look-progress',
      version: 1,
      lessons: {
        [LESSON_SLUGS[0]]: {
          status: 'completed',
          bestScore: 6,
          lastScore: 6,
          maxScore: 7,
          lastAnswers: {},
          firstAttemptAt: '2026-11-20T10:00:00.000Z',
          lastAttemptAt: '2026-11-20T10:00:00.000Z',
          completedAt: '2026-11-20T10:00:00.000Z',
        },
      },
    });
    await page.locator('.progress-import').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    const message = await textOf(page, '.progress-messages', /لم يستطع حفظه/);
    assert.doesNotMatch(message, /ودُمج مع ما كان محفوظًا/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.progress-export').click(),
    ]);
    const exported = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()));
    assert.equal(exported.lessons[LESSON_SLUGS[0]].bestScore, 6);
    await context.close();
  });
});
