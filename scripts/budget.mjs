#!/usr/bin/env node
/*
 * Size budget for the built site. Reads dist/ (it builds nothing: run `npm run build` first)
 * and prints, per page kind, the gzipped bytes of HTML, JS and CSS a browser downloads for a
 * first visit, and the quiz island's own JS. Fails when a budget is exceeded:
 *   - a lesson page's JS may exceed a plain Starlight page's JS by at most 2 KB;
 *   - the quiz island's own JS is at most 1.5 KB;
 *   - an Arabic lesson weighs at most 1.5 times its English twin, fonts included (Arabic
 *     learners on cheap phones are our first users);
 *   - the discernment check's own JS (its island and the modules it imports, not Starlight's)
 *     is at most 3 KB. Its results view and QR encoder load on demand and are reported too.
 * A "plain Starlight page" is measured, not assumed: the About page, a text page with headings
 * and a table of contents in Starlight's standard layout, and none of our islands.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fontBytesOf, readStylesheets } from './font-bytes.mjs';

const DIST = resolve(process.argv[2] ?? 'dist');
const BUDGET = {
  lessonJsOverBaseline: 2048,
  quizIsland: 1536,
  arabicLessonWeight: 1.5,
  checkIsland: 3072,
};

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`budget: ${DIST}/index.html not found; run \`npm run build\` first.`);
  process.exit(2);
}

const gz = (text) => gzipSync(text, { level: 9 }).length;
const fileAt = (url) => join(DIST, decodeURIComponent(url.split(/[?#]/)[0]));

/**
 * Follow a module's static imports. Dynamic imports with a literal path (Starlight's search UI,
 * fetched once the page is idle) go to `lazy`, when given: they count in a page's weight, not
 * in its JS budget.
 */
function moduleGraph(url, seen, lazy) {
  if (seen.has(url)) return;
  seen.add(url);
  const code = readFileSync(fileAt(url), 'utf8');
  const resolveSpec = (spec) => new URL(spec, `http://x${url}`).pathname;
  for (const [, spec] of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g,
  )) {
    moduleGraph(resolveSpec(spec), seen, lazy);
  }
  if (!lazy) return;
  for (const [, spec] of code.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g)) {
    moduleGraph(resolveSpec(spec), lazy, lazy);
  }
}

export function measurePage(htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const scripts = new Set();
  const lazyScripts = new Set();
  let inlineJs = 0;
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) moduleGraph(src, scripts, lazyScripts);
    else if (!/type="application\/(ld\+)?json"/.test(attrs)) {
      inlineJs += gz(body);
      for (const [, spec] of body.matchAll(/["'](\/_astro\/[^"']+\.js)["']/g))
        moduleGraph(spec, scripts, lazyScripts);
    }
  }
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1],
  );
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].reduce(
    (n, m) => n + gz(m[1]),
    0,
  );
  const files = [...scripts];
  const lazyFiles = [...lazyScripts].filter((url) => !scripts.has(url));
  return {
    lazyJs: lazyFiles.reduce((n, url) => n + gz(readFileSync(fileAt(url))), 0),
    font: fontBytesOf(html, readStylesheets(html, DIST), DIST),
    html: gz(html),
    js: inlineJs + files.reduce((n, url) => n + gz(readFileSync(fileAt(url))), 0),
    css: inlineCss + styles.reduce((n, url) => n + gz(readFileSync(fileAt(url))), 0),
    scripts: files,
  };
}

const pages = {
  'plain Starlight page (about)': 'about/index.html',
  home: 'index.html',
  'home (ar)': 'ar/index.html',
  lesson: 'lessons/territory-to-timeline/index.html',
  'lesson (ar)': 'ar/lessons/territory-to-timeline/index.html',
  'progress page': 'progress/index.html',
  'discernment check': 'check/index.html',
  'discernment check (ar)': 'ar/check/index.html',
  'class results (teacher)': 'teach/class-results/index.html',
};

const results = Object.fromEntries(
  Object.entries(pages).map(([kind, path]) => [kind, measurePage(join(DIST, path))]),
);
const baseline = results['plain Starlight page (about)'];
const lesson = results.lesson;
if (baseline.scripts.some((url) => /\/(Quiz|ProgressPage)\.astro_/.test(url))) {
  console.error('budget: the baseline page carries one of our islands; pick a plain page');
  process.exit(1);
}
const islandUrl = lesson.scripts.find((url) => /\/Quiz\.astro_/.test(url));
if (!islandUrl) {
  console.error('budget: no quiz island script found on the lesson page');
  process.exit(1);
}
const island = gz(readFileSync(fileAt(islandUrl)));

// The check's own JS: what its page loads beyond a plain Starlight page.
const ownScripts = (page) => page.scripts.filter((url) => !baseline.scripts.includes(url));
const gzOf = (urls) => urls.reduce((n, url) => n + gz(readFileSync(fileAt(url))), 0);
const checkPage = results['discernment check'];
const checkIsland = gzOf(ownScripts(checkPage));
/** Modules the check imports on demand: the store and results view, then the QR encoder. */
function onDemand(urls) {
  // Dynamic imports one level deep from `urls`, with their static imports not yet loaded.
  const found = new Set();
  for (const url of urls) {
    const code = readFileSync(fileAt(url), 'utf8');
    for (const [, spec] of code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) {
      const target = new URL(spec, `http://x${url}`).pathname;
      const graph = new Set();
      moduleGraph(target, graph);
      for (const dep of graph)
        if (!urls.includes(dep) && !baseline.scripts.includes(dep)) found.add(dep);
    }
  }
  return [...found];
}
const checkScripts = ownScripts(checkPage);
const resultsView = onDemand(checkScripts);
const qrEncoder = onDemand([...checkScripts, ...resultsView]);
if (!checkIsland || !resultsView.length || !qrEncoder.length) {
  console.error('budget: the check page, its results view or its QR encoder was not found');
  process.exit(1);
}
const classPage = gzOf(ownScripts(results['class results (teacher)']));

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`.padStart(9);
console.log(
  'Bytes a first visit downloads (HTML, JS and CSS gzipped; fonts as served). "later JS" is\n' +
    'fetched once the page is idle (search); it counts in the total, not in the JS budget.\n',
);
console.log(
  `${'page kind'.padEnd(30)}${['HTML', 'JS', 'later JS', 'CSS', 'fonts', 'total'].map((h) => h.padStart(9)).join('')}`,
);
const weight = (r) => r.html + r.js + r.lazyJs + r.css + r.font;
for (const [kind, r] of Object.entries(results)) {
  const columns = [r.html, r.js, r.lazyJs, r.css, r.font, weight(r)];
  console.log(`${kind.padEnd(30)}${columns.map(kb).join('')}`);
}
const arabicRatio = weight(results['lesson (ar)']) / weight(lesson);
const over = Math.max(lesson.js, results['lesson (ar)'].js) - baseline.js;
console.log(`\nquiz island's own JS:           ${kb(island)}   budget ${kb(BUDGET.quizIsland)}`);
console.log(
  `lesson JS over plain Starlight: ${kb(over)}   budget ${kb(BUDGET.lessonJsOverBaseline)}`,
);

console.log(
  `Arabic lesson / English lesson:  ${arabicRatio.toFixed(2).padStart(6)} ×   budget ${BUDGET.arabicLessonWeight.toFixed(2)} ×`,
);

const failures = [];
if (arabicRatio > BUDGET.arabicLessonWeight)
  failures.push(
    `the Arabic lesson weighs ${arabicRatio.toFixed(2)} × its English twin, budget ${BUDGET.arabicLessonWeight} ×`,
  );
console.log(
  `check's own JS (island):        ${kb(checkIsland)}   budget ${kb(BUDGET.checkIsland)}`,
);
console.log(
  `  + results view and store:     ${kb(gzOf(resultsView))}   (on demand: results, saving)`,
);
console.log(
  `  + QR encoder, on demand:      ${kb(gzOf(qrEncoder))}   (loaded by the results view)`,
);
console.log(`class results page's own JS:    ${kb(classPage)}   (teacher page; no budget)`);

if (checkIsland > BUDGET.checkIsland)
  failures.push(`the check's own JS is ${checkIsland} B, budget ${BUDGET.checkIsland} B`);
if (island > BUDGET.quizIsland)
  failures.push(`quiz island is ${island} B, budget ${BUDGET.quizIsland} B`);
if (over > BUDGET.lessonJsOverBaseline)
  failures.push(
    `lesson page JS is ${over} B over plain Starlight, budget ${BUDGET.lessonJsOverBaseline} B`,
  );
if (failures.length) {
  console.error(`\nOver budget:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
