/*
 * Lighthouse (mobile, default simulated throttling) on one page of each kind, in both
 * languages, against the built site served locally. Prints the four category scores, CLS and
 * the bytes transferred, and fails if a score drops below 100 (or CLS reaches 0.02).
 * A measurement, not a test: run it after `npm run build` with `npm run lighthouse`.
 * Usage: npm run lighthouse [-- /path/ /ar/path/ …]  (RUNS=3 takes the median of three runs)
 *
 * Lighthouse's default 4× CPU slowdown is kept, so the scores are the ones anyone running
 * Lighthouse gets. It is set for a desktop whose benchmark index is about 1500; the index of
 * this machine is printed per page: a busy machine (a lower index) scores lower.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../tests/e2e/static-server.mjs';
import { CHROMIUM } from '../tests/e2e/browser.mjs';

const PAGES = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const pages = PAGES.length
  ? PAGES
  : [
      '/',
      '/ar/',
      '/lessons/territory-to-timeline/',
      '/ar/lessons/territory-to-timeline/',
      '/teach/territory-to-timeline/',
      '/ar/teach/territory-to-timeline/',
      '/glossary/',
      '/ar/glossary/',
      '/progress/',
      '/ar/progress/',
      '/check/',
      '/ar/check/',
    ];
const runs = Number(process.env.RUNS ?? 1);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// Printed in seconds, as simulated: first and largest contentful paint, speed index, blocking.
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'speed-index',
  'total-blocking-time',
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await serveStatic('dist', 0, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
let failed = false;
const audit = (path) =>
  lighthouse(`${server.url}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    formFactor: 'mobile',
  }).then((result) => result.lhr);
try {
  // A first navigation in a freshly started Chromium often holds its first paint for a second
  // or two here, whatever the page (observed even on /about/): one run, discarded, warms it up.
  await audit('/');
  console.log(
    'page'.padEnd(44),
    'perf a11y bp  seo  CLS    KiB  font KiB   FCP   LCP    SI   TBT  index',
  );
  for (const path of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const lhr = await audit(path);
      const items = lhr.audits['network-requests']?.details?.items ?? [];
      // What cost points: weighted audits below full score, with their displayed value.
      const costs = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id} ${lhr.audits[ref.id].displayValue ?? ''}`.trim()),
      );
      results.push({
        costs,
        scores: CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)),
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        metrics: METRICS.map((id) => lhr.audits[id].numericValue),
        benchmarkIndex: lhr.environment.benchmarkIndex,
        kib: lhr.audits['total-byte-weight'].numericValue / 1024,
        fontKib:
          items
            .filter((r) => r.resourceType === 'Font')
            .reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024,
      });
    }
    const scores = CATEGORIES.map((_, i) => median(results.map((r) => r.scores[i])));
    const cls = median(results.map((r) => r.cls));
    const kib = median(results.map((r) => r.kib));
    const fontKib = median(results.map((r) => r.fontKib));
    const metrics = METRICS.map((_, i) => median(results.map((r) => r.metrics[i])));
    const benchmarkIndex = median(results.map((r) => r.benchmarkIndex));
    const ok = scores.every((s) => s === 100) && cls < 0.02;
    if (!ok) failed = true;
    console.log(
      path.padEnd(44),
      scores.map((s) => String(s).padStart(4)).join(' '),
      cls.toFixed(3).padStart(6),
      kib.toFixed(0).padStart(6),
      fontKib.toFixed(0).padStart(6),
      metrics.map((ms) => (ms / 1000).toFixed(2).padStart(5)).join(' ') + ' s',
      String(Math.round(benchmarkIndex)).padStart(6),
      ok ? '' : '  ✗',
    );
    for (const cost of new Set(results.flatMap((r) => r.costs))) console.log(`  − ${cost}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (failed) {
  console.error('Lighthouse: a page scored below 100 or shifted (CLS ≥ 0.02).');
  process.exitCode = 1;
}
