/*
 * axe-core on every page in both languages, against WCAG 2.0, 2.1 and 2.2 A and AA rules,
 * including a lesson with its quiz feedback showing; and the Arabic pages at phone width.
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { LESSON, startSite } from './support.mjs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

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

describe('axe finds no WCAG 2.2 AA violation', () => {
  for (const path of pagePaths()) {
    for (const scheme of ['light', 'dark']) {
      it(`${path} (${scheme})`, async () => {
        const context = await site.browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(site.url + path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        await context.close();
        assert.equal(violations.length, 0, describeViolations(violations));
      });
    }
  }

  for (const prefix of ['', '/ar']) {
    it(`${prefix}${LESSON} with quiz feedback showing`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.url}${prefix}${LESSON}`);
      const questions = page.locator('.quiz-question');
      for (let i = 0; i < (await questions.count()); i++) {
        await questions.nth(i).locator('input').first().check();
        await questions.nth(i).locator('.quiz-check').click();
      }
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      await context.close();
      assert.equal(violations.length, 0, describeViolations(violations));
    });
  }
});

describe('Arabic pages at 360 px wide', () => {
  for (const path of pagePaths().filter((p) => p.startsWith('/ar/'))) {
    it(`${path} is right-to-left and does not scroll sideways`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(site.url + path);
      const { dir, lang, scrollWidth, clientWidth } = await page.evaluate(() => ({
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      await context.close();
      assert.equal(dir, 'rtl');
      assert.equal(lang, 'ar');
      assert.ok(
        scrollWidth <= clientWidth,
        `page is ${scrollWidth}px wide in a ${clientWidth}px window`,
      );
    });
  }
});
