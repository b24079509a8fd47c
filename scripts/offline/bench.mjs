/*
 * `npm run bench:offline` (after `npm run build`): the figures of the offline course.
 * - The download per language (en, ar, both) as the button shows it, and in bytes.
 * - The sizes of the Kiwix file and of the classroom folder's zip (built into a temporary
 *   folder, as `npm run package:zim` and `npm run package:offline` would write them).
 * - The time the button takes to download the whole course in one language over Chromium's
 *   "Slow 3G" emulation (DevTools' preset: 2000 ms latency, 400 kbit/s each way), applied to
 *   the page and to the service worker, once per language. SKIP_DOWNLOAD=1 leaves it out.
 * A measurement, not a test.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../tests/e2e/static-server.mjs';
import { CHROMIUM } from '../../tests/e2e/browser.mjs';
import { ui } from '../../tests/e2e/course-data.mjs';
import { packageZim } from './package-zim.mjs';
import { packageFolder } from './package-folder.mjs';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const SLOW_3G = {
  offline: false,
  latency: 2000,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
  connectionType: 'cellular3g',
};
const mb = (bytes) => `${(bytes / 1_000_000).toFixed(2)} MB`;

// 1. The download's size, as the buttons on the two home pages show it.
const list = JSON.parse(readFileSync(join(DIST, 'offline-files.json'), 'utf8'));
console.log('Offline download (gzipped transfer, as the button counts it):');
for (const [page, lang] of [
  ['index.html', 'en'],
  ['ar/index.html', 'ar'],
]) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const labels = [...html.matchAll(/<span data-offline-size="([\w-]+)">([^<]*)<\/span>/g)];
  console.log(`  on the ${lang} home page: ${labels.map(([, s, l]) => `${s} "${l}"`).join(', ')}`);
}
for (const [set, entries] of Object.entries(list.sets)) {
  const bytes = entries.reduce((n, e) => n + e.bytes, 0);
  console.log(`  ${set.padEnd(4)} ${String(entries.length).padStart(4)} files ${mb(bytes)}`);
}

// 2. The packages.
const out = mkdtempSync(join(tmpdir(), 'second-look-bench-'));
try {
  const zim = packageZim({ dist: DIST, outDir: out, base: '/' });
  console.log(`Kiwix file (both languages): ${mb(statSync(zim.file).size)}`);
  const folder = packageFolder({ dist: DIST, outDir: out });
  console.log(`Classroom folder zip: ${mb(folder.bytes)} (${folder.files} files)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

// 3. The button over Slow 3G, one fresh browser per language.
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

/** A raw CDP connection to the browser, to throttle targets Playwright does not expose. */
async function browserCdp(port) {
  const { webSocketDebuggerUrl } = await (
    await fetch(`http://127.0.0.1:${port}/json/version`)
  ).json();
  const socket = new WebSocket(webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let id = 0;
  const waiting = new Map();
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(data);
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.error) pending.reject(new Error(JSON.stringify(message.error)));
    else pending.resolve(message.result);
  };
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      waiting.set(++id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  return { send, close: () => socket.close() };
}

/** Throttle every page and service worker of the site. */
async function throttle(cdp, origin) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const targets = targetInfos.filter(
    (t) => ['page', 'service_worker'].includes(t.type) && t.url.startsWith(origin),
  );
  for (const target of targets) {
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: true,
    });
    await cdp.send('Network.enable', {}, sessionId);
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G, sessionId);
  }
  return targets.map((t) => t.type);
}

if (!process.env.SKIP_DOWNLOAD) {
  const server = await serveStatic('dist', 0, { gzip: true });
  console.log(
    `Download with the button, Chromium "Slow 3G" (latency ${SLOW_3G.latency} ms, ${(SLOW_3G.downloadThroughput * 8) / 1000} kbit/s down and up):`,
  );
  try {
    for (const [lang, prefix] of [
      ['en', ''],
      ['ar', '/ar'],
    ]) {
      const port = await freePort();
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`],
      });
      const cdp = await browserCdp(port);
      try {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}${prefix}/`);
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        await page.waitForFunction(() => navigator.serviceWorker.controller);
        const throttled = await throttle(cdp, server.url);
        const section = page.locator('course-offline').first();
        await section.locator(`input[value="${lang}"]`).check();
        const started = performance.now();
        await section.locator('.offline-start').click();
        await section
          .locator('.offline-status', { hasText: ui(lang, 'offline.done') })
          .waitFor({ timeout: 900_000 });
        const seconds = (performance.now() - started) / 1000;
        const entries = list.sets[lang];
        console.log(
          `  ${lang}: ${seconds.toFixed(0)} s for ${entries.length} files, ${mb(entries.reduce((n, e) => n + e.bytes, 0))} (throttled: ${throttled.join(', ')})`,
        );
      } finally {
        cdp.close();
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
}
