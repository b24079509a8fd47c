/*
 * The course built with BASE_PATH=/course/ and served from /course/ only, as on a host that
 * keeps it in a sub-folder (an LMS, a Kiwix reader, a department's web space). Every link in
 * every page stays under /course/ and leads to a page that exists; a learner navigates by the
 * hero button, the sidebar, the language switcher and a printed short link, searches, answers a
 * quiz and finds it on the progress page; no request leaves the prefix or fails.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { LESSON, answerQuizByKeyboard } from './support.mjs';
import { parseHeadersFile, serveStatic } from './static-server.mjs';
import { LESSON_SLUGS } from './lesson-slugs.mjs';

const PREFIX = '/course/';
const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'tests/.tmp/sub-path-dist');

let server;
let browser;
let url;

before(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', OUT], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: PREFIX, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 300_000,
  });
  assert.equal(build.status, 0, `the sub-path build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveStatic(OUT, 0, { prefix: PREFIX });
  browser = await launchBrowser();
  url = `${server.url}${PREFIX.slice(0, -1)}`;
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(OUT, { recursive: true, force: true });
});

/** A page that records every request outside /course/ and every failed response. */
async function openPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('request', (request) => {
    const { origin, pathname } = new URL(request.url());
    if (origin === server.url && !pathname.startsWith(PREFIX))
      problems.push(`outside: ${pathname}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  return { context, page, problems };
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

describe('a site built under /course/', () => {
  it('links only to pages under /course/ that exist, from every page', () => {
    const escaped = [];
    const broken = [];
    for (const file of htmlFiles(OUT).filter((f) => !f.includes('/pagefind/'))) {
      const html = readFileSync(file, 'utf8');
      const urls = [
        ...html.matchAll(/\s(?:href|src|action|data-href)="([^"#?]*)[^"]*"/g),
        ...html.matchAll(/content="\d+;\s*url=([^"]*)"/g),
      ].map((m) => m[1]);
      for (const target of urls.filter((u) => u.startsWith('/') && !u.startsWith('//'))) {
        const where = `${relative(OUT, file)} → ${target}`;
        if (!target.startsWith(PREFIX)) {
          escaped.push(where);
          continue;
        }
        const path = join(OUT, decodeURI(target.slice(PREFIX.length)));
        const exists =
          existsSync(path) &&
          (!statSync(path).isDirectory() || existsSync(join(path, 'index.html')));
        if (!exists) broken.push(where);
      }
    }
    assert.deepEqual(escaped, [], 'links that leave /course/');
    assert.deepEqual(broken, [], 'links to files that do not exist');
  });

  it('is navigated by the hero button, the sidebar, the language switcher and a short link', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${url}/`);
    await page.locator('.hero .sl-link-button').first().click();
    await page.waitForURL(`**${PREFIX}lessons/${LESSON_SLUGS[0]}/`);

    const second = page.locator(
      `#starlight__sidebar a[href="${PREFIX}lessons/${LESSON_SLUGS[1]}/"]`,
    );
    await second.click();
    await page.waitForURL(`**${PREFIX}lessons/${LESSON_SLUGS[1]}/`);

    const switcher = page.locator('starlight-lang-select select').first();
    const arabic = await switcher.locator('option').nth(1).getAttribute('value');
    assert.equal(arabic, `${PREFIX}ar/lessons/${LESSON_SLUGS[1]}/`);
    await switcher.selectOption(arabic);
    await page.waitForURL(`**${arabic}`);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');

    // A printed short link with its QR code, and the page it leads to.
    const printed = await page.locator('.print-short-url').textContent();
    assert.match(printed.replace(/\s+/g, ''), new RegExp(`${PREFIX}ar/l/2/$`));
    await page.goto(`${url}/l/1/`);
    await page.waitForURL(`**${PREFIX}lessons/${LESSON_SLUGS[0]}/`);

    assert.deepEqual(problems, []);
    await context.close();
  });

  it('finds lessons with search, at addresses under /course/', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${url}/`);
    await page.locator('button[data-open-modal]').click();
    await page.locator('dialog input').first().fill('swarmcast');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    const links = await page.$$eval('.pagefind-ui__result-link', (as) =>
      as.map((a) => new URL(a.href).pathname),
    );
    assert.ok(links.includes(`${PREFIX}lessons/propaganda-machine/`), links.join(', '));
    assert.ok(
      links.every((link) => link.startsWith(PREFIX)),
      links.join(', '),
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('saves a quiz and shows it on the progress page', async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${url}${LESSON}`);
    await answerQuizByKeyboard(page);
    await page.locator('.quiz-score').waitFor();

    await page.locator(`#starlight__sidebar a[href="${PREFIX}progress/"]`).click();
    await page.waitForURL(`**${PREFIX}progress/`);
    const row = page.locator(`tr[data-lesson="${LESSON_SLUGS[0]}"]`);
    await row.locator('.progress-score', { hasText: /\d/ }).waitFor();
    assert.match(await row.locator('.progress-score').textContent(), /(\d+) \/ \1/);
    assert.equal(
      await row.locator('a').getAttribute('href'),
      `${PREFIX}lessons/${LESSON_SLUGS[0]}/`,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('is served with security headers and not-found pages written for /course/', async () => {
    const rules = parseHeadersFile(readFileSync(join(OUT, '_headers'), 'utf8'));
    assert.deepEqual(
      rules.map((rule) => rule.pattern),
      // Everything, then the embed pages that other sites may frame, all under the prefix.
      [`${PREFIX}*`, `${PREFIX}embed/*`, `${PREFIX}ar/embed/*`],
    );
    const page = await fetch(`${url}${LESSON}`);
    assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    assert.match(
      readFileSync(join(OUT, 'nginx.conf'), 'utf8'),
      /error_page 404 \/course\/ar\/404\.html;/,
    );
    const missing = await fetch(`${url}/ar/no-such-page/`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /<html lang="ar" dir="rtl"/);
  });

  it('asked nothing of the server outside /course/', () => {
    assert.deepEqual(server.outside, []);
  });
});
