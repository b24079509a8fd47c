/*
 * The SCORM packages in a SCORM 1.2 runtime. A harness page (scorm-harness.html) plays the
 * LMS with scorm-again's Scorm12API and shows each SCO in an iframe; the quiz is answered with
 * the keyboard, and the values the bridge (src/scorm/bridge.ts) reports are checked as the LMS
 * received them: status against the manifest's mastery score, score, session time, and the
 * answers and an exercise's result kept in cmi.suspend_data, which a second session, in a
 * browser that has never seen the lesson, brings back. Opened without an LMS, a package works as the site.
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { scormPackages, writeScormFolder } from '../../scripts/scorm/package-scorm.mjs';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './static-server.mjs';
import { answerWithKeyboard, correctAnswers, tabUntil, answerQuizByKeyboard } from './support.mjs';

const LESSON = 'territory-to-timeline';
const SESSION_TIME = /^\d{4}:\d{2}:\d{2}\.\d{2}$/;
const root = mkdtempSync(join(tmpdir(), 'scorm-e2e-'));
let server;
let browser;
/** The first SCO of the course package, from its manifest. */
let courseFirst;

before(async () => {
  const packages = scormPackages({ dist: 'dist' });
  const byName = (name) => packages.find((p) => p.name === name).files;
  for (const language of ['en', 'ar'])
    writeScormFolder(byName(`second-look-${language}-${LESSON}`), join(root, language));
  // A package without a mastery score: the same lesson, its manifest without one.
  const files = byName(`second-look-en-${LESSON}`);
  writeScormFolder(
    {
      ...files,
      'imsmanifest.xml': files['imsmanifest.xml'].replace(
        /\s*<adlcp:masteryscore>[^<]*<\/adlcp:masteryscore>/g,
        '',
      ),
    },
    join(root, 'no-mastery'),
  );
  const course = byName('second-look-en-course');
  writeScormFolder(course, join(root, 'course'));
  courseFirst = /<resource [^>]*adlcp:scormtype="sco" href="([^"]+)"/.exec(
    course['imsmanifest.xml'],
  )[1];
  copyFileSync(join(import.meta.dirname, 'scorm-harness.html'), join(root, 'harness.html'));
  copyFileSync('node_modules/scorm-again/dist/scorm12.min.js', join(root, 'scorm12.min.js'));
  server = await serveStatic(root);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Errors and warnings a page (and its frames) logs. */
function watch(page) {
  const seen = { errors: [], warnings: [] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) seen.errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    // A failed load is reported above, with its address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      seen.errors.push(message.text());
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  return seen;
}

/** The quiz's frame as the keyboard helpers of support.mjs expect a page. */
const asPage = (page, frame) => ({
  keyboard: page.keyboard,
  evaluate: (...args) => frame.evaluate(...args),
  $$eval: (...args) => frame.$$eval(...args),
});

/** Open the harness in `context` and launch a SCO; resolves when its quiz is ready. */
async function launch(context, { packagePath, href = 'index.html', cmi }) {
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(`${server.url}/harness.html`);
  const mastery = await page.evaluate((options) => window.launch(options), {
    packagePath,
    href,
    cmi,
  });
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('course-quiz .quiz-check:not([hidden])');
  return { page, frame, sco: asPage(page, frame), seen, mastery };
}

/**
 * The lateral-reading exercise of the lesson, answered right on the post alone, by keyboard:
 * Tab to its judgement, Space and arrow keys to choose, Tab to "Check" and Enter.
 */
async function doLateral(frame, sco) {
  const id = 'outlet-lateral';
  const root = frame.locator(`[data-id="${id}"]`);
  await root.scrollIntoViewIfNeeded();
  await frame.waitForFunction(
    (sel) => document.querySelector(sel)?.matches(':defined'),
    `[data-id="${id}"]`,
  );
  // Start from the exercise's heading, as a learner reaching it would.
  await root.locator('.exercise-title').evaluate((heading) => {
    heading.tabIndex = -1;
    heading.focus();
  });
  const answer = await root
    .locator('.exercise-key [data-item="judgement"]')
    .getAttribute('data-answer');
  const group = `[data-id="${id}"] [data-item="judgement"] [data-part="answer"]`;
  await tabUntil(sco, `document.activeElement?.matches('${group} input')`);
  const values = await root
    .locator(`[data-item="judgement"] [data-part="answer"] input`)
    .evaluateAll((inputs) => inputs.map((i) => i.value));
  const current = await frame.evaluate(() => document.activeElement.value);
  await sco.keyboard.press('Space');
  const steps = values.indexOf(answer) - values.indexOf(current);
  for (let i = 0; i < Math.abs(steps); i++)
    await sco.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  await tabUntil(sco, `document.activeElement?.matches('[data-id="${id}"] .exercise-check')`);
  await sco.keyboard.press('Enter');
  return answer;
}

const right = (question) => question.correct;
/** A wrong answer: options that are not right (or too few of the right ones). */
function wrong(question) {
  const others = question.options.filter((o) => !question.correct.includes(o));
  if (question.type !== 'multiple') return [others[0]];
  return others.length ? others : question.correct.slice(1);
}

const log = (page) => page.evaluate(() => window.lmsLog);
const setValues = async (page, element) =>
  (await log(page))
    .filter((call) => call.name === 'LMSSetValue' && call.args[0] === element)
    .map((call) => call.args[1]);
/** A value of the data model as the LMS holds it at its last commit. */
async function committed(page, element) {
  const snapshot = await page.evaluate(() => window.lmsCommits.at(-1));
  return element.split('.').reduce((node, key) => node?.[key], snapshot);
}

/** Wait until the SCO has set `element` to `value`. */
const until = (page, element, value) =>
  page.waitForFunction(
    ([e, v]) =>
      window.lmsLog.some((c) => c.name === 'LMSSetValue' && c.args[0] === e && c.args[1] === v),
    [element, value],
  );

/** The LMS closes the SCO; resolves once the session is finished. */
async function close(page) {
  await page.evaluate(() => window.unload());
  await page.waitForFunction(() => window.lmsLog.some((c) => c.name === 'LMSFinish'));
}

/** Every call the SCO made succeeded. */
async function assertNoLmsErrors(page) {
  const failed = (await log(page)).filter((call) => call.error !== '0');
  assert.deepEqual(failed, [], 'LMS calls that left an error code');
}

const verdicts = (frame) =>
  frame.$$eval('.quiz-question', (items) => items.map((item) => item.dataset.verdict ?? null));
const chosen = (frame) =>
  frame.$$eval('.quiz-question', (items) =>
    items.map((item) => [...item.querySelectorAll('input:checked')].map((input) => input.value)),
  );

for (const [language, outcome, pick, expected] of [
  ['en', 'passed', right, 'passed'],
  ['ar', 'failed', wrong, 'failed'],
]) {
  describe(`a lesson package in ${language}, answered to be ${outcome}`, () => {
    let context;
    let session;
    let questions;
    let suspendData;
    let answers;
    before(async () => {
      context = await browser.newContext();
      session = await launch(context, { packagePath: `/${language}/` });
    });
    after(async () => context?.close());

    it('starts the session and marks the lesson incomplete', async () => {
      assert.equal(session.mastery, '80', 'the manifest gives a mastery score');
      const calls = await log(session.page);
      assert.equal(calls[0].name, 'LMSInitialize');
      assert.equal(calls[0].result, 'true');
      assert.deepEqual(await setValues(session.page, 'cmi.core.lesson_status'), ['incomplete']);
    });

    it(`reports the quiz answered by keyboard as ${expected}, with its score`, async () => {
      questions = await answerQuizByKeyboard(session.sco, pick);
      await until(session.page, 'cmi.core.lesson_status', expected);
      const percent = pick === right ? '100' : '0';
      assert.equal(await committed(session.page, 'cmi.core.lesson_status'), expected);
      assert.equal(await committed(session.page, 'cmi.core.score.raw'), percent);
      assert.equal(await committed(session.page, 'cmi.core.score.min'), '0');
      assert.equal(await committed(session.page, 'cmi.core.score.max'), '100');
      // Nothing is reported for a quiz half done: the score comes with the last answer.
      const raws = await setValues(session.page, 'cmi.core.score.raw');
      assert.ok(raws.length >= 1 && raws.every((raw) => raw === percent));
      suspendData = await committed(session.page, 'cmi.suspend_data');
      assert.ok(suspendData.length > 20 && suspendData.length < 4096, suspendData);
      answers = await chosen(session.frame);
      assert.deepEqual(
        answers,
        questions.map((q) => pick(q)),
      );
    });

    it('keeps an exercise checked by keyboard in suspend_data too', async () => {
      const { frame, sco, page } = session;
      const judgement = await doLateral(frame, sco);
      await page.waitForFunction(() =>
        window.lmsLog.some(
          (c) =>
            c.name === 'LMSSetValue' &&
            c.args[0] === 'cmi.suspend_data' &&
            c.args[1].includes('"outlet-lateral"'),
        ),
      );
      suspendData = await committed(page, 'cmi.suspend_data');
      assert.ok(suspendData.includes('"outlet-lateral"'), suspendData);
      assert.ok(judgement);
    });

    it('reports the session time and finishes when the LMS closes the lesson', async () => {
      await close(session.page);
      const [time] = await setValues(session.page, 'cmi.core.session_time');
      assert.match(time, SESSION_TIME);
      assert.deepEqual(await setValues(session.page, 'cmi.core.exit'), ['suspend']);
      const calls = await log(session.page);
      assert.equal(calls.at(-1).name, 'LMSFinish');
      assert.equal(calls.at(-1).result, 'true');
      await assertNoLmsErrors(session.page);
      assert.deepEqual(session.seen.errors, []);
      assert.deepEqual(session.seen.warnings, []);
    });

    it('shows and reports none of it to the next learner on the same computer', async () => {
      // The same browser profile (a school computer), and an LMS learner with nothing saved.
      const next = await launch(context, { packagePath: `/${language}/` });
      assert.deepEqual((await verdicts(next.frame)).filter(Boolean), []);
      assert.ok((await chosen(next.frame)).every((picks) => !picks.length));
      assert.deepEqual(await setValues(next.page, 'cmi.core.lesson_status'), ['incomplete']);
      assert.deepEqual(await setValues(next.page, 'cmi.core.score.raw'), []);
      await close(next.page);
      await assertNoLmsErrors(next.page);
      assert.deepEqual(next.seen.errors, []);
    });

    it('brings the answers back in a second session, on a browser that never saw them', async () => {
      const fresh = await browser.newContext();
      try {
        const again = await launch(fresh, {
          packagePath: `/${language}/`,
          cmi: {
            core: {
              lesson_status: expected,
              entry: 'resume',
              score: { raw: pick === right ? '100' : '0', min: '0', max: '100' },
            },
            suspend_data: suspendData,
          },
        });
        assert.deepEqual(await chosen(again.frame), answers);
        const shown = await verdicts(again.frame);
        assert.ok(
          shown.every((v) => v === (pick === right ? 'correct' : 'incorrect')),
          shown.join(),
        );
        assert.equal(await again.frame.locator('.quiz-score').isVisible(), true);
        // The status stays; nothing was lost or reset.
        assert.deepEqual(
          (await setValues(again.page, 'cmi.core.lesson_status')).filter((s) => s !== expected),
          [],
        );
        // What the quiz restored is what the store reads: no damaged-data backup was made.
        const keys = await again.frame.evaluate(() => Object.keys(localStorage));
        assert.deepEqual(keys, ['second-look:progress']);
        // The exercise's result came back with the answers.
        const exercises = await again.frame.evaluate(
          () => JSON.parse(localStorage.getItem('second-look:progress')).exercises,
        );
        assert.equal(exercises['outlet-lateral']?.lesson, LESSON);
        assert.equal(exercises['outlet-lateral']?.level, 'beginning');
        await close(again.page);
        await assertNoLmsErrors(again.page);
        assert.deepEqual(again.seen.errors, []);
        assert.deepEqual(again.seen.warnings, []);
      } finally {
        await fresh.close();
      }
    });
  });
}

describe('a lesson package without a mastery score', () => {
  it('reports the finished quiz as completed, with its score', async () => {
    const context = await browser.newContext();
    try {
      const session = await launch(context, { packagePath: '/no-mastery/' });
      assert.equal(session.mastery, '');
      let index = 0;
      // The first two right, the others wrong.
      const questions = await answerQuizByKeyboard(session.sco, (q) =>
        index++ < 2 ? right(q) : wrong(q),
      );
      await until(session.page, 'cmi.core.lesson_status', 'completed');
      assert.equal(await committed(session.page, 'cmi.core.lesson_status'), 'completed');
      assert.equal(
        await committed(session.page, 'cmi.core.score.raw'),
        String(Math.round((100 * 2) / questions.length)),
      );
      await close(session.page);
      assert.match((await setValues(session.page, 'cmi.core.session_time'))[0], SESSION_TIME);
      await assertNoLmsErrors(session.page);
      assert.deepEqual(session.seen.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('the course package', () => {
  it('plays its first lesson as a SCO and reports it passed', async () => {
    const context = await browser.newContext();
    try {
      const session = await launch(context, { packagePath: '/course/', href: courseFirst });
      assert.equal(session.mastery, '80');
      await answerQuizByKeyboard(session.sco, right);
      await until(session.page, 'cmi.core.lesson_status', 'passed');
      assert.equal(await committed(session.page, 'cmi.core.score.raw'), '100');
      await close(session.page);
      await assertNoLmsErrors(session.page);
      assert.deepEqual(session.seen.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('a suspend_data the bridge cannot read', () => {
  it('is ignored with a warning, and the progress on the device is kept', async () => {
    const context = await browser.newContext();
    try {
      // A first session leaves one answer on this device.
      const first = await launch(context, { packagePath: '/en/' });
      const [question] = await correctAnswers(first.sco);
      await tabUntil(first.sco, `document.activeElement?.matches('.quiz-question input')`);
      await answerWithKeyboard(first.sco, question, question.correct);
      await first.page.waitForFunction(() =>
        window.lmsLog.some((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.suspend_data'),
      );
      await first.page.close();

      const again = await launch(context, {
        packagePath: '/en/',
        cmi: { suspend_data: '{"not":"ours"' },
      });
      assert.ok(
        again.seen.warnings.some((w) => w.includes('suspend_data ignored')),
        again.seen.warnings.join('\n'),
      );
      assert.equal((await verdicts(again.frame))[0], 'correct');
      assert.deepEqual(again.seen.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('a package opened without an LMS', () => {
  it('works as the site: the quiz checks and keeps answers, with no errors', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const seen = watch(page);
      await page.goto(`${server.url}/ar/index.html`);
      await page.waitForSelector('course-quiz .quiz-check:not([hidden])');
      const [question] = await correctAnswers(page);
      await tabUntil(page, `document.activeElement?.matches('.quiz-question input')`);
      await answerWithKeyboard(page, question, question.correct);
      await page.waitForFunction(() => localStorage.getItem('second-look:progress'));
      await page.reload();
      await page.waitForSelector('course-quiz .quiz-check:not([hidden])');
      assert.equal((await verdicts(page.mainFrame()))[0], 'correct');
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(seen.warnings, []);
    } finally {
      await context.close();
    }
  });
});
