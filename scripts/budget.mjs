#!/usr/bin/env node
/*
 * Size budget for the built site. Reads dist/ (it builds nothing: run `npm run build` first)
 * and prints, per page kind, the gzipped bytes of HTML, JS and CSS a browser downloads for a
 * first visit, the quiz island's own JS, and each exercise type's JS. Fails when a budget is
 * exceeded:
 *   - every lesson page's JS may exceed a plain Starlight page's JS by at most 4 KB;
 *   - the quiz island's own JS is at most 1.5 KB;
 *   - each exercise type's own JS is at most 1.5 KB.
 * Exercise types load their script when an exercise nears the screen, and only the types the
 * page uses; the report also prints each lesson's JS once every exercise has loaded, and the
 * runtime the types share, so nothing is hidden by loading it late.
 * A "plain Starlight page" is measured, not assumed: the About page, a text page with headings
 * and a table of contents in Starlight's standard layout, and none of our islands.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(process.argv[2] ?? 'dist');
const BUDGET = { lessonJsOverBaseline: 4096, quizIsland: 1536, exerciseType: 1536 };

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`budget: ${DIST}/index.html not found; run \`npm run build\` first.`);
  process.exit(2);
}

const gz = (text) => gzipSync(text, { level: 9 }).length;
const fileAt = (url) => join(DIST, decodeURIComponent(url.split(/[?#]/)[0]));

/**
 * Follow a module's static imports. Dynamic ones load on demand and are not followed, except
 * the exercise types a page uses (`lazy`): they load as soon as an exercise nears the screen.
 */
function moduleGraph(url, seen, lazy) {
  if (seen.has(url)) return;
  seen.add(url);
  const code = readFileSync(fileAt(url), 'utf8');
  for (const [, spec] of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g,
  )) {
    moduleGraph(new URL(spec, `http://x${url}`).pathname, seen, lazy);
  }
  if (lazy) {
    for (const [, spec] of code.matchAll(
      /["'`](?:\.\/|\/?_astro\/)(exercise-[a-z]+\.[\w-]+\.js)["'`]/g,
    )) {
      const type = /^exercise-([a-z]+)\./.exec(spec)[1];
      if (lazy.has(type)) moduleGraph(`/_astro/${spec}`, seen, lazy);
    }
  }
}

export function measurePage(htmlPath, { scrolled = false } = {}) {
  const html = readFileSync(htmlPath, 'utf8');
  const scripts = new Set();
  // Once scrolled through: the exercise types on this page, loaded when they near the screen.
  const lazy =
    scrolled && new Set([...html.matchAll(/data-exercise="([a-z]+)"/g)].map((m) => m[1]));
  let inlineJs = 0;
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) moduleGraph(src, scripts, lazy);
    else if (!/type="application\/(ld\+)?json"/.test(attrs)) {
      inlineJs += gz(body);
      for (const [, spec] of body.matchAll(/["'](\/_astro\/[^"']+\.js)["']/g))
        moduleGraph(spec, scripts, lazy);
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
  return {
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

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`.padStart(9);
console.log('Gzipped bytes a first visit downloads (fonts and images not counted):\n');
console.log(
  `${'page kind'.padEnd(30)}${'HTML'.padStart(9)}${'JS'.padStart(9)}${'CSS'.padStart(9)}`,
);
for (const [kind, r] of Object.entries(results)) {
  console.log(`${kind.padEnd(30)}${kb(r.html)}${kb(r.js)}${kb(r.css)}`);
}
// Every lesson page, on arrival and once every exercise on it has loaded.
const lessonJs = lessonPages.map((path) => ({
  path,
  first: measurePage(join(DIST, path)).js,
  scrolled: measurePage(join(DIST, path), { scrolled: true }).js,
}));
const heaviest = lessonJs.reduce((a, b) => (b.first > a.first ? b : a));
const over = heaviest.first - baseline.js;

// Each exercise type's own script, and the runtime they share.
const astroFiles = readdirSync(join(DIST, '_astro'));
const sizeOf = (pattern) => {
  const file = astroFiles.find((name) => pattern.test(name));
  return file ? gz(readFileSync(join(DIST, '_astro', file))) : undefined;
};
const exerciseTypes = Object.fromEntries(
  ['rate', 'spot', 'order', 'sort', 'lateral'].map((type) => [
    type,
    sizeOf(new RegExp(`^exercise-${type}\\.[\\w-]+\\.js$`)),
  ]),
);
const exerciseRuntime = sizeOf(/^exercise-base\.[\w-]+\.js$/);
console.log(`\nquiz island's own JS:           ${kb(island)}   budget ${kb(BUDGET.quizIsland)}`);
console.log(
  `lesson JS over plain Starlight: ${kb(over)}   budget ${kb(BUDGET.lessonJsOverBaseline)}   (heaviest: ${heaviest.path})`,
);
console.log('\nexercise type         own JS   with shared runtime');
for (const [type, size] of Object.entries(exerciseTypes)) {
  console.log(
    `${type.padEnd(18)}${size === undefined ? '  missing' : kb(size)}${size === undefined ? '' : kb(size + exerciseRuntime)}   budget ${kb(BUDGET.exerciseType)}`,
  );
}
console.log(`shared runtime    ${kb(exerciseRuntime ?? 0)}   (loaded once per page)`);
console.log('\nlesson JS over plain Starlight, on arrival / once every exercise has loaded:');
for (const { path, first, scrolled } of lessonJs) {
  console.log(`  ${path.padEnd(46)}${kb(first - baseline.js)}${kb(scrolled - baseline.js)}`);
}

const failures = [];
if (island > BUDGET.quizIsland)
  failures.push(`quiz island is ${island} B, budget ${BUDGET.quizIsland} B`);
for (const [type, size] of Object.entries(exerciseTypes)) {
  if (size === undefined) failures.push(`no script found for the exercise type "${type}"`);
  else if (size > BUDGET.exerciseType)
    failures.push(`the ${type} exercise's script is ${size} B, budget ${BUDGET.exerciseType} B`);
}
if (over > BUDGET.lessonJsOverBaseline)
  failures.push(
    `lesson page JS is ${over} B over plain Starlight, budget ${BUDGET.lessonJsOverBaseline} B`,
  );
if (failures.length) {
  console.error(`\nOver budget:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
