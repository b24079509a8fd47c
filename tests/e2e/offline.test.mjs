/*
 * The installable, offline course (src/offline/): a learner opens the home page, sees the
 * download's size, presses "Make the course available offline" for both languages and waits
 * for the progress bar; then the network is cut and every kind of page opens in both languages,
 * a quiz works, Pagefind finds «الباغوز», and a page never downloaded shows the offline page in
 * its language. Before the button, nothing but the page itself and the tiny install is fetched;
 * no request ever leaves the site. A learner who only browses keeps the pages visited. A new
 * version is announced and installed on request, and saved progress survives it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser.mjs';
import { after, before, describe, it } from 'node:test';
import {
  LESSON,
  answerWithKeyboard,
  correctAnswers,
  startSite,
  tabUntil,
  waitInPage,
} from './support.mjs';
import { ui } from './course-data.mjs';

const ROOT = join(import.meta.dirname, '../..');
let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

/** A fresh browser profile that records every response and any request to another origin. */
async function learner() {
  const context = await site.browser.newContext();
  const responses = [];
  const external = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) external.push(r.url());
  });
  context.on('response', (r) => responses.push(r));
  return { context, responses, external };
}

async function serviceWorkerReady(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

async function quizWorks(page) {
  const [first] = await correctAnswers(page);
  await tabUntil(page, `document.activeElement?.matches('course-quiz .quiz-question input')`);
  await answerWithKeyboard(page, first, first.correct);
  assert.equal(
    await page.locator('.quiz-question').first().getAttribute('data-verdict'),
    'correct',
  );
}

describe('the course downloaded for offline use', () => {
  let context;
  let page;
  let external;

  before(async () => {
    ({ context, external } = await learner());
    page = await context.newPage();
  });
  after(async () => context?.close());

  it('links a manifest per language and installs a small service worker', async () => {
    const transferred = [];
    page.on('response', async (r) => {
      transferred.push({ url: r.url(), bytes: (await r.body().catch(() => '')).length });
    });
    await page.goto(`${site.url}/`);
    await serviceWorkerReady(page);
    await page.waitForTimeout(500);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    assert.equal(manifestHref, '/manifest.webmanifest');
    const ar = await (await fetch(`${site.url}/ar/manifest.webmanifest`)).json();
    assert.equal(ar.name, 'نظرة ثانية');
    assert.equal(ar.dir, 'rtl');
    assert.equal(ar.lang, 'ar');
    assert.equal(ar.start_url, '/ar/');
    assert.deepEqual(
      ar.icons.filter((i) => i.type === 'image/png').map((i) => `${i.sizes} ${i.purpose ?? 'any'}`),
      ['192x192 any', '512x512 any', '512x512 maskable'],
    );
    // Nothing large before the button: no other page of the course, under 400 KB in all.
    const pages = transferred.filter((t) => /\/(lessons|teach|glossary)\//.test(t.url));
    assert.deepEqual(pages, []);
    const total = transferred.reduce((n, t) => n + t.bytes, 0);
    assert.ok(total < 400_000, `${total} bytes fetched before the button`);
  });

  it('shows the size, then downloads both languages with a progress bar', async () => {
    const section = page.locator('course-offline');
    const sizes = await section.locator('[data-offline-size]').allTextContents();
    assert.equal(sizes.length, 2);
    for (const size of sizes) assert.match(size, /\d/);
    await section.locator('input[value="all"]').check();
    await section.locator('.offline-start').click();
    // The bar appears once the list of files has been read.
    await section.locator('progress').waitFor({ state: 'visible', timeout: 10_000 });
    await section
      .locator('.offline-status', { hasText: ui('en', 'offline.done') })
      .waitFor({ timeout: 180_000 });
    assert.equal(await section.locator('progress').getAttribute('value'), '100');
    assert.equal(await section.locator('.offline-status').getAttribute('role'), 'status');
  });

  for (const [language, prefix] of [
    ['English', ''],
    ['Arabic', '/ar'],
  ]) {
    it(`opens every kind of page in ${language} with the network cut`, async () => {
      await context.setOffline(true);
      const slug = LESSON.split('/')[2];
      for (const path of [
        '/',
        LESSON,
        `/teach/${slug}/`,
        '/glossary/',
        '/progress/',
        '/workshops/',
        '/l/1/',
      ]) {
        const response = await page.goto(`${site.url}${prefix}${path}`);
        assert.equal(response.status(), 200, `${prefix}${path}`);
        // A short link forwards to its lesson.
        if (path.startsWith('/l/')) await page.waitForURL(`${site.url}${prefix}${LESSON}`);
        assert.equal(
          await page.evaluate(() => document.documentElement.lang),
          prefix ? 'ar' : 'en',
          `${prefix}${path}`,
        );
        assert.notEqual(
          await page.locator('h1').first().textContent(),
          ui(prefix ? 'ar' : 'en', 'offline.pageTitle'),
          `${prefix}${path} is the page itself, not the offline page`,
        );
      }
      await page.goto(`${site.url}${prefix}${LESSON}`);
      await quizWorks(page);
      await context.setOffline(false);
    });
  }

  it('searches offline: Pagefind finds «الباغوز» on an Arabic page', async () => {
    await context.setOffline(true);
    await page.goto(`${site.url}/ar/`);
    await page.locator('button[data-open-modal]').click();
    await page.locator('dialog input').first().fill('الباغوز');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    const links = await page.$$eval('.pagefind-ui__result-link', (as) =>
      as.map((a) => new URL(a.href).pathname),
    );
    assert.ok(links.includes(`/ar${LESSON}`), links.join(', '));
    await context.setOffline(false);
  });

  it('shows the offline page in the right language for a page never downloaded', async () => {
    await context.setOffline(true);
    for (const [prefix, locale] of [
      ['', 'en'],
      ['/ar', 'ar'],
    ]) {
      await page.goto(`${site.url}${prefix}/no-such-page/`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), locale);
      assert.equal(await page.locator('h1').first().textContent(), ui(locale, 'offline.pageTitle'));
      // It lists what is available, in its language.
      await page.locator('.offline-page-list a').first().waitFor({ timeout: 5000 });
      const links = await page.$$eval('.offline-page-list a', (as) =>
        as.map((a) => new URL(a.href).pathname),
      );
      assert.ok(links.includes(`${prefix}${LESSON}`), links.join(', '));
    }
    await context.setOffline(false);
    assert.deepEqual(external, []);
  });
});

describe('a learner who only browses', () => {
  it('keeps the pages visited, and only those', async () => {
    const { context, external } = await learner();
    const page = await context.newPage();
    await page.goto(`${site.url}/ar/`);
    await serviceWorkerReady(page);
    await page.goto(`${site.url}/ar${LESSON}`);
    await context.setOffline(true);
    await page.goto(`${site.url}/ar${LESSON}`);
    await quizWorks(page);
    await page.goto(`${site.url}/ar/glossary/`);
    assert.equal(await page.locator('h1').first().textContent(), ui('ar', 'offline.pageTitle'));
    await page.locator('.offline-page-list a').first().waitFor({ timeout: 5000 });
    assert.deepEqual(external, []);
    await context.close();
  });
});

describe('a learner who checks answers offline on a page kept from a visit', () => {
  it('is told the result was not saved, and it is saved at the next check once back online', async () => {
    const { context, external } = await learner();
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await serviceWorkerReady(page);
    // Read online, checked offline: the modules that save were never fetched.
    await page.goto(`${site.url}${LESSON}`);
    await context.setOffline(true);
    await page.goto(`${site.url}${LESSON}`);
    const exercise = page.locator('[data-exercise]').first();
    const summary = exercise.locator('.exercise-summary');
    const notSaved = await exercise.getAttribute('data-l-not-saved');
    await exercise.locator('.exercise-check').click();
    await summary.filter({ hasText: notSaved }).waitFor({ timeout: 10_000 });
    const [first] = await correctAnswers(page);
    await tabUntil(page, `document.activeElement?.matches('course-quiz .quiz-question input')`);
    await answerWithKeyboard(page, first, first.correct);
    await page
      .locator('.quiz-notice', { hasText: ui('en', 'quiz.saveFailed') })
      .waitFor({ timeout: 10_000 });

    // Back online, without reloading: Chromium would answer the failed imports from its memory.
    await context.setOffline(false);
    await exercise.locator('.exercise-check').click();
    const id = await exercise.getAttribute('data-id');
    await waitInPage(
      page,
      `(JSON.parse(localStorage.getItem('second-look:progress') ?? '{}').exercises ?? {})[${JSON.stringify(id)}] !== undefined`,
    );
    assert.equal((await summary.textContent()).includes(notSaved), false);
    await page.locator('course-quiz .quiz-check').first().click();
    await waitInPage(
      page,
      `JSON.parse(localStorage.getItem('second-look:progress') ?? '{}').lessons?.[${JSON.stringify(LESSON.split('/')[2])}] !== undefined`,
    );
    assert.equal(await page.locator('.quiz-notice').isHidden(), true);
    assert.deepEqual(external, []);
    await context.close();
  });
});

describe('the first page a learner opens', () => {
  for (const [language, prefix, locale] of [
    ['English', '', 'en'],
    ['Arabic', '/ar', 'ar'],
  ]) {
    it(`is kept offline with its styles, fonts and scripts, in ${language}`, async () => {
      const { context, external } = await learner();
      const page = await context.newPage();
      // Opened before any service worker ran: the worker did not see it load.
      await page.goto(`${site.url}${prefix}${LESSON}`);
      await serviceWorkerReady(page);
      // The page hands the worker what it loaded; wait until the page and its files are kept.
      await waitInPage(page, async () => {
        const own = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((url) => new URL(url).origin === location.origin);
        // The page must be in the pages cache, the one navigations are answered from
        // (PAGES_CACHE in src/offline/runtime-caching.ts); a copy in any other cache would
        // not be used offline.
        const pages = await caches.open('second-look-pages');
        const kept = await Promise.all([
          pages.match(location.href).then(Boolean),
          // Files installed with the worker are kept under their revision (?__WB_REVISION__=).
          ...own.map((url) => caches.match(url, { ignoreSearch: true }).then(Boolean)),
        ]);
        return kept.every(Boolean);
      });
      await context.setOffline(true);
      const response = await page.reload();
      assert.equal(response.status(), 200);
      assert.equal(await page.evaluate(() => document.documentElement.lang), locale);
      assert.notEqual(
        await page.locator('h1').first().textContent(),
        ui(locale, 'offline.pageTitle'),
      );
      // Starlight's styles applied: its custom properties are defined and the sidebar is laid out.
      assert.notEqual(
        await page.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim(),
        ),
        '',
      );
      await quizWorks(page);
      // A page never opened shows the offline page of its language.
      await page.goto(`${site.url}${prefix}/glossary/`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), locale);
      assert.equal(await page.locator('h1').first().textContent(), ui(locale, 'offline.pageTitle'));
      assert.deepEqual(external, []);
      await context.close();
    });
  }
});

describe('the installable app', () => {
  for (const [language, prefix, locale, dir, name] of [
    ['English', '', 'en', 'ltr', 'Second Look'],
    ['Arabic', '/ar', 'ar', 'rtl', 'نظرة ثانية'],
  ]) {
    it(`is installable from a ${language} lesson, per Chromium`, async () => {
      // A profile on disk: Chromium never offers to install from an incognito-like context.
      const profile = mkdtempSync(join(tmpdir(), 'second-look-install-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
      });
      const page = await context.newPage();
      await page.goto(`${site.url}${prefix}${LESSON}`);
      await serviceWorkerReady(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
      const { url, errors, data } = await cdp.send('Page.getAppManifest');
      assert.equal(url, `${site.url}${prefix}/manifest.webmanifest`);
      assert.deepEqual(errors, []);
      const manifest = JSON.parse(data);
      assert.equal(manifest.name, name);
      assert.equal(manifest.short_name, name);
      assert.equal(manifest.start_url, `${prefix}/`);
      assert.equal(manifest.dir, dir);
      assert.equal(manifest.lang, locale);
      assert.ok(
        manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512'),
        JSON.stringify(manifest.icons),
      );
      const maskable = manifest.icons.find((i) => i.purpose === 'maskable');
      assert.equal((await fetch(`${site.url}${maskable.src}`)).status, 200);
      assert.equal(
        await page.locator('meta[name="theme-color"]').getAttribute('content'),
        manifest.theme_color,
      );
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    });
  }
});

describe('a new version of the course', () => {
  const swFile = join(ROOT, 'dist/sw.js');
  const original = readFileSync(swFile, 'utf8');
  after(() => writeFileSync(swFile, original));

  it('is announced, installed on request, and leaves saved progress alone', async () => {
    const { context } = await learner();
    const page = await context.newPage();
    await page.goto(`${site.url}${LESSON}`);
    await serviceWorkerReady(page);
    await page.reload();
    await page.evaluate(() => localStorage.setItem('second-look:progress', '{"kept":true}'));
    // Publish a new version: a changed sw.js.
    writeFileSync(swFile, `${original}\n// next version\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const notice = page.locator('.course-update');
    await notice.waitFor({ timeout: 10_000 });
    assert.ok((await notice.textContent()).includes(ui('en', 'offline.update')));
    assert.equal(await notice.getAttribute('role'), 'status');
    await Promise.all([page.waitForEvent('load'), notice.locator('button').click()]);
    assert.equal(
      await page.evaluate(() => localStorage.getItem('second-look:progress')),
      '{"kept":true}',
    );
    await context.close();
  });
});
