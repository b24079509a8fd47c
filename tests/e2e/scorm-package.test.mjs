/*
 * The SCORM packages in a browser: a lesson's package in each language, unpacked as an LMS
 * unpacks it and served under a deep folder of its own (as Moodle serves a package's files),
 * is opened in Chromium; a learner answers the quiz by keyboard alone; axe-core finds no
 * WCAG 2.2 AA violation at 360 px and desktop; the Arabic page is right to left without
 * sideways scrolling; no request leaves the package's folder, and no service worker starts.
 * The course package's index.html (what Kolibri opens) leads to the first lesson.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './static-server.mjs';
import { LESSON_SLUGS } from './lesson-slugs.mjs';
import { answerQuizByKeyboard } from './support.mjs';
import { PHONE, axeInEveryView, layOutEverything } from './axe.mjs';
import { scormPackages, writeScormFolder } from '../../scripts/scorm/package-scorm.mjs';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'tests/.tmp/scorm-package');
const FOLDER = '/lms/pluginfile.php/42/mod_scorm/content/1/';
const SLUG = LESSON_SLUGS[0];

let browser;
const served = {};

before(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const wanted = new Set([
    `second-look-en-${SLUG}`,
    `second-look-ar-${SLUG}`,
    'second-look-en-course',
  ]);
  const packages = scormPackages({
    dist: join(ROOT, 'dist'),
    siteUrl: 'https://course.example',
  }).filter((p) => wanted.has(p.name));
  for (const { name, files } of packages) {
    writeScormFolder(files, join(OUT, name));
    served[name] = await serveStatic(join(OUT, name), 0, { prefix: FOLDER });
  }
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const server of Object.values(served)) await server.close();
  rmSync(OUT, { recursive: true, force: true });
});

/** A page of a package, with every request, failure and error it causes recorded. */
async function open(name, path = 'index.html', viewport = PHONE) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  const inside = served[name].url + FOLDER;
  page.on('request', (r) => {
    if (!r.url().startsWith(inside)) problems.push(`outside the package: ${r.url()}`);
  });
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
  });
  await page.goto(inside + path);
  return { context, page, problems };
}

for (const language of ['en', 'ar']) {
  const name = `second-look-${language}-${SLUG}`;
  describe(`${name}.zip, unpacked and served`, () => {
    it('takes the quiz by keyboard alone, asking nothing of another origin', async () => {
      const { context, page, problems } = await open(name);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.scormLesson), SLUG);
      const questions = await answerQuizByKeyboard(page);
      assert.ok(questions.length > 0);
      const score = await page.locator('.quiz-score').textContent();
      assert.match(score, new RegExp(`${questions.length}\\D+${questions.length}`));
      // An exercise loads its script when it nears the screen: bring them all into view.
      for (const exercise of await page.locator('[class*="exercise"] .exercise-check').all())
        await exercise.scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
      const workers = await page.evaluate(async () =>
        navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
      );
      assert.equal(workers, 0, 'no service worker inside a package');
      assert.deepEqual(problems, []);
      await context.close();
    });

    it('has no WCAG 2.2 AA violation at 360 px and desktop, light and dark', async () => {
      const { context, page, problems } = await open(name);
      const { failures } = await axeInEveryView(page);
      assert.deepEqual(failures, []);
      assert.deepEqual(problems, []);
      await context.close();
    });

    it(`is ${language === 'ar' ? 'right to left' : 'left to right'} and fits 360 px`, async () => {
      const { context, page } = await open(name);
      await layOutEverything(page);
      const view = await page.evaluate(() => ({
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        header: Boolean(document.querySelector('header.header, nav.sidebar')),
        // The lesson starts at the top: no room is left for the site header that is gone.
        titleTop: document.querySelector('h1').getBoundingClientRect().top,
      }));
      assert.equal(view.dir, language === 'ar' ? 'rtl' : 'ltr');
      assert.equal(view.lang, language);
      assert.ok(view.scrollWidth <= view.clientWidth, `${view.scrollWidth}px wide`);
      assert.equal(view.header, false);
      assert.ok(view.titleTop < 150, `the title is ${view.titleTop}px down`);
      await context.close();
    });
  });
}

describe('second-look-en-course.zip', () => {
  it('opens the first lesson from index.html, as Kolibri does', async () => {
    const { context, page, problems } = await open('second-look-en-course');
    await page.waitForURL(`**/lessons/${SLUG}/index.html`);
    await page.locator('course-quiz').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.scormLesson), SLUG);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
