#!/usr/bin/env node
/*
 * Size budget for the built site. Reads dist/ (it builds nothing: run `npm run build` first)
 * and prints, per page kind, the gzipped bytes of HTML, JS and CSS a browser downloads for a
 * first visit, the quiz island's own JS, and each exercise type's JS. Fails when a budget is
 * exceeded:
 *   - every lesson page, in each language, loads at most 4 KB more JS than a plain Starlight
 *     page: all the scripts it runs on arrival, its exercises' too, with the service worker's
 *     registration counted on top (a plain Starlight page has none);
 *   - the quiz island's own JS is at most 1.5 KB;
 *   - each exercise type's JS is at most 1.5 KB: its own script with the runtime the types
 *     share (exercise-base), which it cannot run without;
 *   - an Arabic lesson weighs at most 1.5 times its English twin, fonts included (Arabic
 *     learners on cheap phones are our first users);
 *   - the discernment check's own JS (its island and the modules it imports, not Starlight's)
 *     is at most 3 KB. Its results view and QR encoder load on demand and are reported too;
 *   - the SCORM bridge (src/scorm/bridge.ts), bundled as SCORM packages carry it, is at most
 *     1.5 KB. The embed pages' JS is reported beside it.
 * Each exercise type's script is a script of its own, on the pages that use the type; a page
 * with several types loads the shared runtime once. Modules loaded on a learner's action (the
 * progress store, at a quiz's first focus or an exercise's check) are "on use": printed per
 * lesson, not in its JS budget. Search's UI, fetched when the search dialog first opens
 * (src/plugins/starlight-deferred-work.mjs), is "later JS".
 * A "plain Starlight page" is measured, not assumed: the About page, a text page with headings
 * and a table of contents in Starlight's standard layout, and none of our islands.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleBridge } from './scorm/package-scorm.mjs';
import { fontBytesOf, readStylesheets } from './font-bytes.mjs';

const DIST = resolve(process.argv[2] ?? 'dist');
const BUDGET = {
  lessonJsOverBaseline: 4096,
  quizIsland: 1536,
  exerciseType: 1536,
  arabicLessonWeight: 1.5,
  swRegistration: 1024,
  checkIsland: 3072,
  scormBridge: 1536,
};

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`budget: ${DIST}/index.html not found; run \`npm run build\` first.`);
  process.exit(2);
}

const gz = (text) => gzipSync(text, { level: 9 }).length;
const fileAt = (url) => join(DIST, decodeURIComponent(url.split(/[?#]/)[0]));

/**
 * Follow a module's static imports. Dynamic imports with a literal path (Starlight's search UI,
 * fetched when search first opens; the progress store, fetched on a learner's action) go to
 * `lazy`, when given: they count in a page's weight, not in its JS budget.
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
  for (const [, spec] of code.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g))
    moduleGraph(resolveSpec(spec), lazy, lazy);
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
  const sizeOf = (urls) => urls.reduce((n, url) => n + gz(readFileSync(fileAt(url))), 0);
  return {
    lazyJs: sizeOf(lazyFiles),
    lazyScripts: lazyFiles,
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

const lessonPages = ['', 'ar/'].flatMap((prefix) =>
  readdirSync(join(DIST, prefix, 'lessons')).map((slug) => `${prefix}lessons/${slug}/index.html`),
);

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

// The service worker's registration (src/offline/register-sw.js) is on every page, the plain
// one too; it is counted on top of the lesson's own JS, as if Starlight had none.
const registrationUrl = lesson.scripts.find((url) => /\/register-sw\.js$/.test(url));
if (!registrationUrl) {
  console.error('budget: the lesson page does not register the service worker');
  process.exit(1);
}
const registration = gz(readFileSync(fileAt(registrationUrl)));

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
    'fetched when the learner first opens search; it counts in the total, not in the JS budget.\n',
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
// Every lesson page, in each language: the JS it runs on arrival beyond a plain page's, with
// the service worker's registration on top.
const lessonJs = lessonPages.map((path) => {
  const page = measurePage(join(DIST, path));
  const onUse = page.lazyScripts.filter(
    (url) => !baseline.lazyScripts.includes(url) && !baseline.scripts.includes(url),
  );
  return { path, ...page, over: page.js - baseline.js + registration, onUse: gzOf(onUse) };
});
const heaviest = lessonJs.reduce((a, b) => (b.over > a.over ? b : a));
console.log(`\nquiz island's own JS:           ${kb(island)}   budget ${kb(BUDGET.quizIsland)}`);
console.log(
  `service worker registration:    ${kb(registration)}   budget ${kb(BUDGET.swRegistration)}`,
);
console.log(
  `lesson JS over plain Starlight: ${kb(heaviest.over)}   budget ${kb(BUDGET.lessonJsOverBaseline)}` +
    ` (registration included; heaviest: ${heaviest.path})`,
);

// Each exercise type's script: its body component's script, on the pages that use the type.
const TYPES = ['rate', 'spot', 'order', 'sort', 'lateral'];
const astroFiles = readdirSync(join(DIST, '_astro'));
const entryOf = (type) => {
  const prefix = `${type[0].toUpperCase()}${type.slice(1)}Body.astro_`;
  const name = astroFiles.find((file) => file.startsWith(prefix) && file.endsWith('.js'));
  return name && `/_astro/${name}`;
};
const graphs = Object.fromEntries(
  TYPES.map((type) => {
    const entry = entryOf(type);
    const graph = new Set();
    if (entry) moduleGraph(entry, graph);
    return [type, entry && [...graph].filter((url) => !baseline.scripts.includes(url))];
  }),
);
// The shared runtime: what two types or more load beyond a plain page (exercise-base).
const runtimeFiles = new Set(
  Object.values(graphs)
    .flatMap((graph) => graph ?? [])
    .filter((url, index, urls) => urls.indexOf(url) !== index),
);
const exerciseRuntime = gzOf([...runtimeFiles]);
const exerciseTypes = Object.fromEntries(
  TYPES.map((type) => [
    type,
    graphs[type] && gzOf(graphs[type].filter((url) => !runtimeFiles.has(url))),
  ]),
);
console.log(
  `\nexercise type     own JS  runtime  own + runtime (budget ${kb(BUDGET.exerciseType)})`,
);
for (const [type, size] of Object.entries(exerciseTypes)) {
  const columns =
    size === undefined ? '  missing' : kb(size) + kb(exerciseRuntime) + kb(size + exerciseRuntime);
  console.log(`${type.padEnd(14)}${columns}`);
}
console.log(`(the runtime, exercise-base, loads once per page, whatever types it has)`);
// A type's script is on exactly the lesson pages that use the type.
const misplaced = lessonJs.flatMap(({ path, scripts }) => {
  const html = readFileSync(join(DIST, path), 'utf8');
  return TYPES.filter(
    (type) =>
      entryOf(type) && html.includes(`data-exercise="${type}"`) !== scripts.includes(entryOf(type)),
  ).map((type) => `${path} (${type})`);
});

console.log(
  '\nlesson JS over plain Starlight (registration included), on arrival; + on use (store, saving):',
);
console.log(
  `${'lesson'.padEnd(28)}${['en', '+ on use', 'ar', '+ on use'].map((h) => h.padStart(9)).join('')}`,
);
for (const { path, over, onUse } of lessonJs.filter(({ path }) => !path.startsWith('ar/'))) {
  const twin = lessonJs.find((page) => page.path === `ar/${path}`);
  const slug = path.split('/')[1];
  const columns = [over, onUse, twin?.over, twin?.onUse].map((n) =>
    n === undefined ? '  missing'.padStart(9) : kb(n),
  );
  console.log(`${slug.padEnd(28)}${columns.join('')}`);
}
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

// The SCORM bridge, bundled exactly as the packages carry it.
const bridge = gz(bundleBridge());
console.log(
  `\nSCORM bridge (packages only):   ${kb(bridge)}   budget ${kb(BUDGET.scormBridge)}` +
    `   (${bridge} B of ${BUDGET.scormBridge} B)`,
);
if (bridge > BUDGET.scormBridge)
  failures.push(`the SCORM bridge is ${bridge} B, budget ${BUDGET.scormBridge} B`);

// Embed pages (a lesson inside another site's iframe): their JS, the heaviest per language.
for (const prefix of ['', 'ar/']) {
  if (!existsSync(join(DIST, prefix, 'embed'))) continue;
  const measured = readdirSync(join(DIST, prefix, 'embed')).map((slug) => {
    const path = `${prefix}embed/${slug}/index.html`;
    return { path, ...measurePage(join(DIST, path)) };
  });
  const top = measured.reduce((a, b) => (b.js > a.js ? b : a));
  console.log(
    `embed page JS (${prefix ? 'ar' : 'en'}):            ${kb(top.js)}   + ${kb(top.lazyJs)} loaded later` +
      ` (on use; heaviest of ${measured.length}: ${top.path})`,
  );
}

if (checkIsland > BUDGET.checkIsland)
  failures.push(`the check's own JS is ${checkIsland} B, budget ${BUDGET.checkIsland} B`);
if (island > BUDGET.quizIsland)
  failures.push(`quiz island is ${island} B, budget ${BUDGET.quizIsland} B`);
for (const [type, size] of Object.entries(exerciseTypes)) {
  if (size === undefined) failures.push(`no script found for the exercise type "${type}"`);
  else if (size + exerciseRuntime > BUDGET.exerciseType)
    failures.push(
      `the ${type} exercise's script is ${size} B + ${exerciseRuntime} B of runtime, budget ${BUDGET.exerciseType} B`,
    );
}
if (registration > BUDGET.swRegistration)
  failures.push(
    `service worker registration is ${registration} B, budget ${BUDGET.swRegistration} B`,
  );
for (const { path, over } of lessonJs)
  if (over > BUDGET.lessonJsOverBaseline)
    failures.push(
      `${path} loads ${over} B of JS over plain Starlight, budget ${BUDGET.lessonJsOverBaseline} B`,
    );
for (const where of misplaced)
  failures.push(`an exercise type's script and the page's exercises disagree: ${where}`);
if (failures.length) {
  console.error(`\nOver budget:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
