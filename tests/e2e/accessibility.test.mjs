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
import { AXE_SOURCE, DESKTOP, PHONE, layOutEverything, violationsInPage } from './axe.mjs';

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

/** Show the page in a colour scheme, as Starlight's theme script does for a reader's choice. */
async function useScheme(scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  return page.evaluate((theme) => {
    document.documentElement.dataset.theme = theme;
    return getComputedStyle(document.body).backgroundColor;
  }, scheme);
}

/**
 * axe on the page as loaded, in every colour scheme at every width; returns a report of what
 * failed (empty when nothing did).
 */
async function axeInEveryView() {
  await page.evaluate(AXE_SOURCE);
  const failures = [];
  const backgrounds = new Set();
  for (const scheme of SCHEMES) {
    backgrounds.add(await useScheme(scheme));
    for (const [width, viewport] of WIDTHS) {
      await page.setViewportSize(viewport);
      const violations = await violationsInPage(page);
      if (violations.length) failures.push(`${scheme}, ${width}:\n  ${violations.join('\n  ')}`);
    }
  }
  // The schemes really differ, so the dark run is not the light one again.
  assert.equal(backgrounds.size, SCHEMES.length, 'light and dark have different backgrounds');
  await page.setViewportSize(PHONE);
  return failures.join('\n');
}

describe('axe finds no WCAG 2.2 AA violation at 360 px and desktop, light and dark', () => {
  for (const path of PATHS) {
    it(path, async () => {
      await page.goto(site.url + path);
      assert.equal(await axeInEveryView(), '');
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
      assert.equal(await axeInEveryView(), '');
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
