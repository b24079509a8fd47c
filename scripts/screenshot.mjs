/*
 * Screenshot one page of the built site in Debian's Chromium, to look at it as a learner would.
 * Usage: node scripts/screenshot.mjs /ar/lessons/territory-to-timeline/ out.png [width] [scrollY] [dark]
 */
import { serveStatic } from '../tests/e2e/static-server.mjs';
import { launchBrowser } from '../tests/e2e/browser.mjs';

const [path, out, width = '360', scrollY = '0', scheme = 'light'] = process.argv.slice(2);
if (!path || !out) {
  console.error('usage: node scripts/screenshot.mjs <path> <out.png> [width] [scrollY] [dark]');
  process.exit(2);
}
const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 740 },
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
  });
  await page.goto(server.url + path);
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate((y) => window.scrollTo(0, y), Number(scrollY));
  await page.screenshot({ path: out });
} finally {
  await browser.close();
  await server.close();
}
