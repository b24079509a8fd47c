/*
 * The Kiwix file: `npm run package:zim` packs dist/ into a ZIM, Debian's kiwix-serve serves it
 * on loopback, and a learner uses it in Chromium as on a classroom hotspot: lessons in both
 * languages (the Arabic one right to left), every link of a page leading to a page in the ZIM,
 * a quiz and two exercises (a sort, an order in Arabic) answered by keyboard, the result on My
 * progress, Kiwix's own full-text search. What
 * cannot work in Kiwix (the site's search box, the offline download) is absent, not broken.
 */
import assert from 'node:assert/strict';
import { get as httpGet } from 'node:http';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { LESSON, tabUntil, answerQuizByKeyboard } from './support.mjs';
import { ui } from './course-data.mjs';
import { packageZim } from '../../scripts/offline/package-zim.mjs';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'tests/.tmp/zim');

let kiwix;
let browser;
let book; // the ZIM's address on the server, ending in "/"
let origin;

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

before(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const { file } = packageZim({ dist: join(ROOT, 'dist'), outDir: OUT, base: '/' });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  kiwix = spawn('kiwix-serve', ['--address=127.0.0.1', `--port=${port}`, file], {
    stdio: 'ignore',
  });
  // The book's address comes from the server's own catalogue: kiwix-serve 3.3 serves a book at
  // /<name>/, later versions at /content/<name>/.
  for (let attempt = 0; ; attempt++) {
    try {
      const catalogue = await (await fetch(`${origin}/catalog/v2/entries`)).text();
      const href = /<link type="text\/html" href="([^"]+)"/.exec(catalogue)?.[1];
      if (href) {
        book = `${origin}${href.replace(/\/?$/, '/')}`;
        break;
      }
    } catch {
      // not listening yet
    }
    if (attempt > 100) throw new Error('kiwix-serve did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  kiwix?.kill();
  rmSync(OUT, { recursive: true, force: true });
});

/** A page in a fresh context that records failed requests inside the book. */
async function openPage(context) {
  const page = await context.newPage();
  const failures = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => failures.push(`error: ${e.message}`));
  return { page, failures };
}

/**
 * The status of an address, redirects followed, over a fresh connection each time: Node's
 * fetch trips an internal assertion on some of kiwix-serve's responses to Arabic addresses.
 */
function statusOf(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    const request = httpGet(url, { agent: false }, (response) => {
      response.resume();
      const { statusCode = 0, headers } = response;
      if (statusCode >= 300 && statusCode < 400 && headers.location && redirects > 0) {
        resolve(statusOf(new URL(headers.location, url).href, redirects - 1));
      } else response.on('end', () => resolve(statusCode));
    });
    request.on('error', reject);
  });
}

const lessonPath = (prefix) => `${prefix}${LESSON.slice(1)}index.html`;

/** Scroll an exercise into view, wait for its custom element, and focus just before it. */
async function exerciseReady(page, id) {
  const root = page.locator(`[data-id="${id}"]`);
  await root.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.matches(':defined'),
    `[data-id="${id}"]`,
  );
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

/** Tab to the exercise's "Check" button, press Enter, return its summary (a status region). */
async function checkExercise(page, id) {
  await tabUntil(page, `document.activeElement?.matches('[data-id="${id}"] .exercise-check')`);
  await page.keyboard.press('Enter');
  const summary = page.locator(`[data-id="${id}"] .exercise-summary`);
  assert.equal(await summary.getAttribute('role'), 'status');
  return (await summary.textContent()).trim();
}

/** Wait until the exercise's result is saved in this book's local storage with `score`. */
async function savedExercise(page, id, score) {
  await page.waitForFunction(
    ([key, score]) =>
      JSON.parse(localStorage.getItem('second-look:progress') ?? '{}').exercises?.[key]?.score ===
      score,
    [id, score],
    { timeout: 5000 },
  );
}

describe('the course as a Kiwix file served by kiwix-serve', () => {
  it('opens the welcome page with the course title and icon in the catalogue', async () => {
    const catalogue = await (await fetch(`${origin}/catalog/v2/entries`)).text();
    assert.match(catalogue, /<language>eng,ara<\/language>/);
    assert.match(catalogue, /<title>Second Look · نظرة ثانية<\/title>/);
    const icon = /href="([^"]+)"\s+type="image\/png;width=48;height=48/.exec(catalogue)?.[1];
    assert.ok(icon, 'a 48×48 icon is listed');
    assert.equal((await fetch(`${origin}${icon}`)).headers.get('content-type'), 'image/png');
    assert.match(catalogue, /_ftindex:yes/, 'the ZIM has a full-text index');
  });

  for (const [language, prefix, dir] of [
    ['English', '', 'ltr'],
    ['Arabic', 'ar/', 'rtl'],
  ]) {
    it(`shows a lesson in ${language}, styled, ${dir}, every link inside the ZIM`, async () => {
      const context = await browser.newContext();
      const { page, failures } = await openPage(context);
      await page.goto(book + lessonPath(prefix));
      assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
      assert.equal(await page.evaluate(() => document.documentElement.lang), prefix ? 'ar' : 'en');
      // The course's style sheets loaded (Starlight's variables are defined).
      assert.notEqual(
        await page.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue('--sl-nav-height').trim(),
        ),
        '',
      );
      // Every internal link of the page (sidebar, pagination, language switcher) is found.
      const links = await page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
        els.map((e) => e.href || e.src).filter((u) => u.startsWith(location.origin)),
      );
      const targets = [...new Set(links.map((u) => u.split('#')[0]))];
      assert.ok(targets.length > 30, `only ${targets.length} internal links`);
      const missing = [];
      for (const target of targets) {
        if (!target.startsWith(book)) continue; // kiwix-serve's own bar (/skin/, /search)
        const status = await statusOf(target);
        if (status !== 200) missing.push(`${status} ${target}`);
      }
      assert.deepEqual(missing, []);
      // What cannot work here is absent: the site search, the offline download, the worker.
      assert.equal(await page.locator('site-search').count(), 0);
      assert.equal(await page.locator('course-offline').count(), 0);
      assert.equal(await page.locator('link[rel="manifest"]').count(), 0);
      assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
      // The language switcher leads to the same lesson in the other language.
      const other = await page.$$eval('starlight-lang-select option', (options) =>
        options.map((o) => new URL(o.value, location.href).href),
      );
      for (const href of other) assert.equal(await statusOf(href), 200, href);
      assert.deepEqual(failures, []);
      await context.close();
    });
  }

  it('takes a quiz by keyboard and shows the result on My progress', async () => {
    const context = await browser.newContext();
    const { page, failures } = await openPage(context);
    await page.goto(book + lessonPath('ar/'));
    const questions = await answerQuizByKeyboard(page);
    const score = await page.locator('.quiz-score').textContent();
    assert.match(score, new RegExp(`${questions.length}\\D+${questions.length}`));

    // My progress, reached through the page's own (relative) sidebar link.
    const progressHref = await page
      .locator('nav[aria-label] a[href$="progress/index.html"]')
      .first()
      .getAttribute('href');
    await page.goto(new URL(progressHref, page.url()).href);
    const slug = LESSON.split('/')[2];
    const status = page.locator(`tr[data-lesson="${slug}"] .progress-status`);
    await status.filter({ hasText: ui('ar', 'progress.completed') }).waitFor({ timeout: 5000 });
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.deepEqual(failures, []);
    await context.close();
  });

  // Exercises by keyboard inside kiwix-serve's frame-less viewer: a sort in English (radio
  // groups), an order in Arabic ("Move up" buttons, right to left); each checked and saved.
  it('does a sort exercise in English by keyboard', async () => {
    const context = await browser.newContext();
    const { page, failures } = await openPage(context);
    await page.goto(book + lessonPath(''));
    const root = await exerciseReady(page, 'claim-verdicts');
    const key = await keyOf(root);
    for (const entry of key) {
      const group = `[data-id="claim-verdicts"] [data-item="${entry.item}"] [data-part="answer"]`;
      const value = entry.answer.split(' ')[0];
      await tabUntil(page, `document.activeElement?.matches('${group} input')`);
      const values = await page
        .locator(`${group} input`)
        .evaluateAll((is) => is.map((i) => i.value));
      const current = await page.evaluate(() => document.activeElement.value);
      await page.keyboard.press('Space');
      const steps = values.indexOf(value) - values.indexOf(current);
      for (let i = 0; i < Math.abs(steps); i++)
        await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
      assert.equal(await page.locator(`${group} input:checked`).getAttribute('value'), value);
    }
    const summary = await checkExercise(page, 'claim-verdicts');
    assert.match(summary, new RegExp(`${key.length}\\s*/\\s*${key.length}`));
    await savedExercise(page, 'claim-verdicts', key.length);
    assert.deepEqual(failures, []);
    await context.close();
  });

  it('does an order exercise in Arabic by keyboard, right to left', async () => {
    const context = await browser.newContext();
    const { page, failures } = await openPage(context);
    await page.goto(book + lessonPath('ar/'));
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    const root = await exerciseReady(page, 'timeline-order');
    const right = (await keyOf(root)).map((entry) => entry.item);
    const order = () =>
      root.locator('.order-item').evaluateAll((items) => items.map((i) => i.dataset.item));
    assert.notDeepEqual(await order(), right, 'the worksheet starts shuffled');
    for (const [target, item] of right.entries()) {
      const moves = (await order()).indexOf(item) - target;
      if (!moves) continue;
      await tabUntil(page, `document.activeElement?.matches('[data-item="${item}"] .order-up')`);
      for (let i = 0; i < moves; i++) await page.keyboard.press('Enter');
    }
    assert.deepEqual(await order(), right);
    const summary = await checkExercise(page, 'timeline-order');
    assert.match(summary, new RegExp(`${right.length}\\s*/\\s*${right.length}`));
    await savedExercise(page, 'timeline-order', right.length);
    assert.equal(
      await root.evaluate((el) => getComputedStyle(el).direction),
      'rtl',
      'the exercise itself is laid out right to left',
    );
    assert.deepEqual(failures, []);
    await context.close();
  });

  it('finds a lesson with Kiwix’s own full-text search, in Arabic too', async () => {
    for (const pattern of ['propaganda', 'الباغوز']) {
      const results = await (
        await fetch(`${origin}/search?content=second-look&pattern=${encodeURIComponent(pattern)}`)
      ).text();
      assert.match(results, /lessons\/[a-z-]+\/index\.html/, `no result for ${pattern}`);
    }
  });
});
