/*
 * axe-core on every page in both languages, against the WCAG 2.0, 2.1 and 2.2 A and AA rules
 * and landmark-unique, at phone width (360 px) and desktop width, in light and dark; also a
 * lesson with its quiz feedback showing, and both 404 pages. Every Arabic page is also checked
 * to be right-to-left without sideways scrolling at 360 px.
 *
 * Run time: one browser page is reused for every address. Each address is loaded once and
 * axe-core injected once; the page is then switched between the four width and colour-scheme
 * combinations in place (resizing the window, and setting the colour scheme exactly as
 * Starlight's theme script does at load), and axe.run is called for each.
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LESSON, startSite } from './support.mjs';
import { PHONE, axeInEveryView, layOutEverything, violationsAsLoaded } from './axe.mjs';

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
let context;
let page;
before(async () => {
  site = await startSite();
  context = await site.browser.newContext({ viewport: PHONE });
  page = await context.newPage();
});
after(async () => {
  await context?.close();
  await site?.close();
});

/** axe in every view of the page as loaded; returns a report of what failed ('' if nothing). */
async function axeReport() {
  const { failures, backgrounds } = await axeInEveryView(page);
  // The schemes really differ, so the dark run is not the light one again.
  assert.equal(backgrounds.size, 2, 'light and dark have different backgrounds');
  return failures.join('\n');
}

describe('axe finds no WCAG 2.2 AA violation at 360 px and desktop, light and dark', () => {
  for (const path of PATHS) {
    it(path, async () => {
      await page.goto(site.url + path);
      assert.equal(await axeReport(), '');
    });
  }

  for (const prefix of ['', '/ar']) {
    it(`${prefix}${LESSON} with quiz feedback showing`, async () => {
      await page.goto(`${site.url}${prefix}${LESSON}`);
      const questions = page.locator('.quiz-question');
      for (let i = 0; i < (await questions.count()); i++) {
        await questions.nth(i).locator('input').first().check();
        await questions.nth(i).locator('.quiz-check').click();
      }
      assert.equal(await axeReport(), '');
    });
  }
});

describe('lessons and the check as loaded, before the blocks off screen are laid out', () => {
  // A block off screen keeps a placeholder height until it nears the screen. A quiz, an
  // exercise or a post of the check taller than its placeholder would have what follows drawn
  // over its buttons, and Lighthouse, which audits the page as loaded, would fail it on target
  // size.
  for (const path of PATHS.filter((p) => /^(\/ar)?\/(lessons\/[^/]+|check)\/$/.test(p))) {
    it(`${path}: no button is covered, on a phone and on Lighthouse's emulated phone`, async () => {
      for (const viewport of [PHONE, { width: 412, height: 823 }]) {
        await page.setViewportSize(viewport);
        await page.goto(site.url + path);
        assert.deepEqual(
          await violationsAsLoaded(page, ['target-size']),
          [],
          `${viewport.width} px`,
        );
      }
      await page.setViewportSize(PHONE);
    });
  }
});

describe('Arabic pages at 360 px wide', () => {
  for (const path of PATHS.filter((p) => p.startsWith('/ar/'))) {
    it(`${path} is right-to-left and does not scroll sideways`, async () => {
      await page.setViewportSize(PHONE);
      await page.goto(site.url + path);
      // Blocks off screen are contained until laid out: lay them all out, so any overflow counts.
      await layOutEverything(page);
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
