/*
 * The site served with exactly the headers the build wrote (dist/_headers) breaks nothing
 * under its Content-Security-Policy: the browser reports no violation while a learner uses
 * each kind of page, in both languages. Then the same for a host that cannot send headers
 * (GitHub Pages), where the policy comes from the pages' <meta> tag alone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { correctAnswers, LESSON, startSite } from './support.mjs';
import { headersForPath, parseHeadersFile } from './static-server.mjs';
import { LESSON_SLUGS } from './lesson-slugs.mjs';

const RULES = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const GUIDE = LESSON.replace('/lessons/', '/teach/');
const CSP_MESSAGE = /Content.Security.Policy|Refused to|Permissions.Policy/i;

/** Every lesson completed, so the progress page offers the certificate. */
function completedProgress() {
  const at = '2026-11-20T10:00:00.000Z';
  const record = { status: 'completed', bestScore: 7, lastScore: 7, maxScore: 7 };
  return JSON.stringify({
    format: 'second-look-progress',
    version: 1,
    lessons: Object.fromEntries(
      LESSON_SLUGS.map((slug) => [
        slug,
        { ...record, lastAnswers: {}, firstAttemptAt: at, lastAttemptAt: at, completedAt: at },
      ]),
    ),
  });
}

/** A browser context that records every policy violation and policy message. */
async function watchedContext(site) {
  const context = await site.browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
    window.print = () => {};
  });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (message) => {
    if (CSP_MESSAGE.test(message.text())) messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
  /** What the browser reported on the page shown now, then cleared for the next step. */
  const reported = async (step) => {
    const violations = await page.evaluate(() => window.__violations.splice(0));
    const found = [...violations, ...messages.splice(0)];
    return found.length ? `${step}:\n  ${found.join('\n  ')}` : '';
  };
  return { context, page, reported };
}

/** Use every kind of page as a learner or teacher would; returns what the browser reported. */
async function useTheSite(site, prefix) {
  const { context, page, reported } = await watchedContext(site);
  const problems = [];
  const step = async (name, action) => {
    try {
      await action();
    } catch (error) {
      throw new Error(`${name} failed: ${error.message}\n${await reported(name)}`);
    }
    problems.push(await reported(name));
  };

  await step('lesson with its quiz answered', async () => {
    await page.goto(`${site.url}${prefix}${LESSON}`);
    for (const question of await correctAnswers(page)) {
      const item = page.locator(`.quiz-question[data-question="${question.id}"]`);
      for (const option of question.correct) await item.locator(`input[value="${option}"]`).check();
      await item.locator('.quiz-check').click();
    }
    await page.locator('.quiz-question .quiz-feedback:not([hidden])').first().waitFor();
  });

  await step('search used', async () => {
    await page.locator('button[data-open-modal]').click();
    await page
      .locator('dialog input')
      .first()
      .fill(prefix ? 'الباغوز' : 'swarmcast');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
  });

  await step('my progress: export and import', async () => {
    await page.goto(`${site.url}${prefix}/progress/`);
    const download = page.waitForEvent('download');
    await page.locator('.progress-export').click();
    const file = await (await download).path();
    await page.locator('.progress-import').setInputFiles(file);
    await page.locator('.progress-messages', { hasText: /\S/ }).waitFor();
  });

  await step('the certificate', async () => {
    await page.evaluate(
      (value) => localStorage.setItem('second-look:progress', value),
      completedProgress(),
    );
    await page.reload();
    await page.locator('#certificate-name').fill(prefix ? 'ليلى حداد' : 'Laila Haddad');
    await page.locator('.certificate-print').click();
  });

  for (const [name, path] of [
    ['a teacher guide', GUIDE],
    ['the print page', '/print/'],
    ['a missing page', '/no-such-page/'],
  ]) {
    await step(name, () => page.goto(`${site.url}${prefix}${path}`));
  }
  await context.close();
  return problems.filter(Boolean).join('\n');
}

/** Does the policy in force stop a script injected into a page (as an attack would)? */
async function blocksInjectedScript(site, path) {
  const { context, page, reported } = await watchedContext(site);
  await page.goto(site.url + path);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    return window.__injected === true;
  });
  const report = await reported('injected script');
  await context.close();
  return { ran, report };
}

describe('served with the headers the build wrote', () => {
  let site;
  before(async () => (site = await startSite()));
  after(async () => site?.close());

  it('sends each page, asset and not-found page the headers of its rules', async () => {
    for (const [path, status] of [
      ['/', 200],
      ['/ar/lessons/territory-to-timeline/', 200],
      ['/pagefind/pagefind.js', 200],
      ['/ar/no-such-page/', 404],
    ]) {
      const response = await fetch(site.url + path);
      assert.equal(response.status, status, path);
      const expected = headersForPath(RULES, path);
      for (const name of [
        'content-security-policy',
        'referrer-policy',
        'x-content-type-options',
        'permissions-policy',
      ]) {
        assert.ok(expected[name], `_headers gives ${path} a ${name}`);
        assert.equal(response.headers.get(name), expected[name], `${name} of ${path}`);
      }
      assert.match(expected['content-security-policy'], /frame-ancestors 'none'/);
      assert.equal(expected['referrer-policy'], 'no-referrer');
    }
  });

  it('serves the Arabic not-found page for a missing /ar/ address', async () => {
    const response = await fetch(`${site.url}/ar/lessons/no-such-lesson/`);
    assert.equal(response.status, 404);
    assert.match(await response.text(), /<html lang="ar" dir="rtl"/);
  });

  it('blocks a script injected into a page', async () => {
    const { ran, report } = await blocksInjectedScript(site, LESSON);
    assert.equal(ran, false);
    assert.match(report, /script-src/);
  });

  for (const [language, prefix] of [
    ['English', ''],
    ['Arabic', '/ar'],
  ]) {
    it(`reports no policy violation while the ${language} site is used`, async () => {
      assert.equal(await useTheSite(site, prefix), '');
    });
  }
});

describe('served by a host that cannot send headers (policy from <meta> only)', () => {
  let site;
  before(async () => (site = await startSite({ hostHeaders: false })));
  after(async () => site?.close());

  it('blocks a script injected into a page', async () => {
    const { ran, report } = await blocksInjectedScript(site, `/ar${LESSON}`);
    assert.equal(ran, false);
    assert.match(report, /script-src/);
  });

  it('reports no policy violation while the Arabic site is used', async () => {
    const response = await fetch(`${site.url}/ar/`);
    assert.equal(response.headers.get('content-security-policy'), null);
    assert.equal(await useTheSite(site, '/ar'), '');
  });
});
