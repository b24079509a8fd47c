/*
 * axe-core on every page in both languages, against WCAG 2.0, 2.1 and 2.2 A and AA rules and
 * landmark-unique, at phone width (360 px) and desktop width, in light and dark; a lesson with
 * its quiz feedback showing; both 404 pages; and every Arabic page is right-to-left without
 * sideways scrolling at 360 px. One browser page per colour scheme is reused for every address
 * (resized between the two widths) to keep the run time down.
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { LESSON, startSite } from './support.mjs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const WIDTHS = [
  ['360 px', PHONE],
  ['desktop', DESKTOP],
];
const SCHEMES = ['light', 'dark'];

function pagePaths(dir = 'dist') {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      // Short links (/l/3/) forward at once to a lesson, which is tested itself.
      const isShortLinks = name === 'l' && (dir === 'dist' || dir === join('dist', 'ar'));
      if (name !== 'pagefind' && name !== '_astro' && !isShortLinks) out.push(...pagePaths(path));
    } else if (name === 'index.html') {
      out.push('/' + relative('dist', dir).split('\\').join('/') + (dir === 'dist' ? '' : '/'));
    }
  }
  return out.map((p) => p.replace(/^\/+/, '/'));
}

// Every page, plus an address that does not exist in each language (the 404 pages).
const PATHS = [...pagePaths(), '/no-such-page/', '/ar/no-such-page/'];

let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

const describeViolations = (violations) =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join('\n  ')}`,
    )
    .join('\n');

/** Run axe at each width on the page as it is now; returns a report of what failed. */
async function axeAtEachWidth(page) {
  const failures = [];
  for (const [name, viewport] of WIDTHS) {
    await page.setViewportSize(viewport);
    const { violations } = await new AxeBuilder({ page })
      .withTags(WCAG)
      // Best practice beyond WCAG: two landmarks of one kind need different names.
      .options({ rules: { 'landmark-unique': { enabled: true } }, resultTypes: ['violations'] })
      .analyze();
    if (violations.length) failures.push(`at ${name}:\n${describeViolations(violations)}`);
  }
  return failures.join('\n');
}

for (const scheme of SCHEMES) {
  describe(`axe finds no WCAG 2.2 AA violation (${scheme}, 360 px and desktop)`, () => {
    let context;
    let page;
    before(async () => {
      context = await site.browser.newContext({ colorScheme: scheme });
      page = await context.newPage();
    });
    after(async () => context?.close());

    for (const path of PATHS) {
      it(path, async () => {
        await page.setViewportSize(PHONE);
        await page.goto(site.url + path);
        assert.equal(await axeAtEachWidth(page), '');
      });
    }

    for (const prefix of ['', '/ar']) {
      it(`${prefix}${LESSON} with quiz feedback showing`, async () => {
        await page.setViewportSize(PHONE);
        await page.goto(`${site.url}${prefix}${LESSON}`);
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        const questions = page.locator('.quiz-question');
        for (let i = 0; i < (await questions.count()); i++) {
          await questions.nth(i).locator('input').first().check();
          await questions.nth(i).locator('.quiz-check').click();
        }
        assert.equal(await axeAtEachWidth(page), '');
      });
    }
  });
}

describe('Arabic pages at 360 px wide', () => {
  let context;
  let page;
  before(async () => {
    context = await site.browser.newContext({ viewport: PHONE });
    page = await context.newPage();
  });
  after(async () => context?.close());

  for (const path of PATHS.filter((p) => p.startsWith('/ar/'))) {
    it(`${path} is right-to-left and does not scroll sideways`, async () => {
      await page.goto(site.url + path);
      const { dir, lang, scrollWidth, clientWidth } = await page.evaluate(() => ({
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      assert.equal(dir, 'rtl');
      assert.equal(lang, 'ar');
      assert.ok(
        scrollWidth <= clientWidth,
        `page is ${scrollWidth}px wide in a ${clientWidth}px window`,
      );
    });
  }
});
