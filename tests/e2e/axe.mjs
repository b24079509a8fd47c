/*
 * axe-core for the browser tests, one configuration for all: the WCAG 2.0, 2.1 and 2.2 A and
 * AA rules, checked at a phone's width (360 px) and a desktop's.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';

export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

const require = createRequire(import.meta.url);
/** axe-core as @axe-core/playwright ships it, to inject once and run many times in a page. */
const AXE_SOURCE = readFileSync(
  require.resolve('axe-core/axe.min.js', {
    paths: [dirname(require.resolve('@axe-core/playwright'))],
  }),
  'utf8',
);
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: WCAG },
  // Best practice beyond WCAG: two landmarks of one kind need different names.
  rules: { 'landmark-unique': { enabled: true } },
  resultTypes: ['violations'],
};

/** One line per violation: the rule, its impact, what it asks, and up to five elements. */
const describeViolations = (violations) =>
  violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}: ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );

/**
 * Lay out every block of the page: blocks off screen are skipped until they near it
 * (content-visibility: auto, in src/styles/course.css and check.css), and axe would pass over
 * what is not laid out. Set through the CSSOM, which the pages' Content-Security-Policy allows.
 */
export async function layOutEverything(page) {
  await page.evaluate(() => {
    for (const block of document.querySelectorAll('.sl-markdown-content *'))
      if (getComputedStyle(block).contentVisibility === 'auto')
        block.style.contentVisibility = 'visible';
  });
}

/** axe.run in the page with these options, its violations described; AXE_SOURCE injected. */
const runAxe = async (page, options) =>
  describeViolations(
    await page.evaluate(
      (options) => window.axe.run(document, options).then((r) => r.violations),
      options,
    ),
  );

/** The violations in the page as it is now, every block laid out; AXE_SOURCE must be injected. */
export async function violationsInPage(page) {
  await layOutEverything(page);
  return runAxe(page, AXE_OPTIONS);
}

/**
 * The violations of the given rules in the page exactly as loaded, blocks off screen not laid
 * out: the page as Lighthouse's accessibility audit measures it. Injects AXE_SOURCE.
 */
export async function violationsAsLoaded(page, rules) {
  await page.evaluate(AXE_SOURCE);
  return runAxe(page, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
}

/** Show the page in a colour scheme, as Starlight's theme script does; returns its background. */
async function useScheme(page, scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  return page.evaluate((theme) => {
    document.documentElement.dataset.theme = theme;
    return getComputedStyle(document.body).backgroundColor;
  }, scheme);
}

/**
 * axe on the page as loaded, light and dark, at 360 px and desktop width: a line per violation
 * ("dark, 360 px: rule …"), and the page's background in each scheme (so a caller can tell the
 * dark run is not the light one again). Leaves the page at phone width.
 */
export async function axeInEveryView(page) {
  await page.evaluate(AXE_SOURCE);
  const failures = [];
  const backgrounds = new Set();
  for (const scheme of ['light', 'dark']) {
    backgrounds.add(await useScheme(page, scheme));
    for (const [width, viewport] of [
      ['360 px', PHONE],
      ['desktop', DESKTOP],
    ]) {
      await page.setViewportSize(viewport);
      for (const violation of await violationsInPage(page))
        failures.push(`${scheme}, ${width}: ${violation}`);
    }
  }
  await page.setViewportSize(PHONE);
  return { failures, backgrounds };
}

/** The WCAG violations in the page, axe injected by @axe-core/playwright (frames included). */
export async function wcagViolations(page) {
  await layOutEverything(page);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return describeViolations(violations);
}
