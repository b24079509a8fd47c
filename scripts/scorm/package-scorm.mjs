/*
 * `npm run package:scorm`: SCORM 1.2 packages made from the built course (dist/), per language:
 * one per lesson, packages/scorm/<lang>/second-look-<lang>-<slug>.zip, and one for the whole
 * course, second-look-<lang>-course.zip (one SCO per lesson, in course order).
 *
 * A package holds its lesson pages made into SCO pages (sco-page.mjs), the scripts, styles and
 * fonts those pages use (found by following their references, so nothing else comes along), the
 * bridge to the LMS (src/scorm/bridge.ts, bundled here), imsmanifest.xml (manifest.mjs) and an
 * index.html at the root, which Kolibri opens when the package is loaded as an HTML5 app. Every
 * address inside is relative: the package works wherever the LMS unpacks it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { buildSync } from 'esbuild';
import { parseHTML } from 'linkedom';
import { LOCALE_CONFIG } from '../../src/i18n/locales.config.mjs';
import { relativizeCss, relativizePreloadHelper } from '../offline/relative-links.mjs';
import { zipFiles } from '../offline/package-folder.mjs';
import { scoPage } from './sco-page.mjs';
import { manifestProblems, scormManifest } from './manifest.mjs';

const ROOT = join(import.meta.dirname, '../..');
const NAME = 'second-look';
const BRIDGE = 'scorm-bridge.js';
const STYLE = 'scorm.css';

/** The bridge as one minified classic script, run before anything else on a SCO page. */
export function bundleBridge() {
  const result = buildSync({
    entryPoints: [join(ROOT, 'src/scorm/bridge.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0].text;
}

const PACKAGE_STYLE = `/* A SCORM package has no site header above the lesson: no room is kept for one. */
html[data-scorm-lesson]{--sl-nav-height:0rem}
`;

/** Addresses a file uses, as paths inside the package (the site's paths, without the base). */
function references(path, text) {
  const from = posix.dirname(path);
  const resolve = (ref) => posix.normalize(posix.join(from, ref));
  const found = [];
  if (path.endsWith('.html')) {
    for (const [, ref] of text.matchAll(/\s(?:src|href)="([^"#?:]+)[^"]*"/g))
      found.push(resolve(ref));
  } else if (path.endsWith('.css')) {
    for (const [, , ref] of text.matchAll(/url\((["']?)([^"')#?:]+)[^"')]*\1\)/g))
      found.push(resolve(ref));
  } else if (path.endsWith('.js')) {
    for (const [, ref] of text.matchAll(/["'`]\.\/([\w.-]+\.\w+)["'`]/g)) found.push(resolve(ref));
    for (const [, ref] of text.matchAll(/["'`](_astro\/[\w.-]+\.\w+)["'`]/g)) found.push(ref);
  }
  return found;
}

const textOf = (document, selector, attribute) => {
  const element = document.querySelector(selector);
  return (attribute ? element?.getAttribute(attribute) : element?.textContent)?.trim() ?? '';
};

/**
 * Every package's files in memory: [{ name, language, kind: 'lesson'|'course', slug, files }],
 * files being path inside the zip → text or bytes.
 */
export function scormPackages({
  dist = join(ROOT, 'dist'),
  masteryScore = 80,
  siteUrl = process.env.SITE_URL,
  base = process.env.BASE_PATH ?? '/',
  bridge = bundleBridge(),
} = {}) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`package:scorm: no built site in ${dist}; run npm run build first.`);
  }
  if (
    masteryScore !== null &&
    !(Number.isInteger(masteryScore) && masteryScore >= 0 && masteryScore <= 100)
  ) {
    throw new Error(
      `package:scorm: the mastery score (SCORM_MASTERY_SCORE) must be a whole number 0–100 or "none", not ${masteryScore}`,
    );
  }
  const packages = [];
  for (const [index, { code: language }] of LOCALE_CONFIG.entries()) {
    const prefix = index === 0 ? '' : `${language}/`;
    const read = (path) => readFileSync(join(dist, path), 'utf8');
    const home = parseHTML(read(`${prefix}index.html`)).document;
    const courseTitle = textOf(home, 'meta[property="og:site_name"]', 'content');
    const courseDescription = textOf(home, 'meta[name="description"]', 'content');

    const order = /data-lessons="([^"]+)"/.exec(
      read(`${prefix}lessons/${firstLessonSlug(dist, prefix)}/index.html`),
    );
    if (!order) throw new Error(`package:scorm: no lesson order in ${prefix}lessons/`);
    const lessons = order[1].split(/\s+/).map((slug) => {
      const source = `${prefix}lessons/${slug}/index.html`;
      const page = parseHTML(read(source)).document;
      return {
        slug,
        source,
        pagePath: `${base}${prefix}lessons/${slug}/`,
        title: textOf(page, 'h1#_top') || textOf(page, 'title'),
        description: textOf(page, 'meta[name="description"]', 'content'),
      };
    });

    const build = (kind, chosen, href) => {
      /** @type {Record<string, string | Uint8Array>} */
      const files = {};
      for (const lesson of chosen) {
        const file = href(lesson);
        const { html, questions } = scoPage(read(lesson.source), {
          file,
          pagePath: lesson.pagePath,
          lesson: lesson.slug,
          bridgeHref: posix.relative(posix.dirname(file), BRIDGE),
          styleHref: posix.relative(posix.dirname(file), STYLE),
          siteUrl,
          base,
        });
        if (questions === 0)
          throw new Error(`package:scorm: ${lesson.source} has no quiz questions`);
        files[file] = html;
      }
      if (kind === 'course') files['index.html'] = courseIndex(language, courseTitle, chosen, href);
      files[BRIDGE] = bridge;
      files[STYLE] = PACKAGE_STYLE;
      // Everything the pages use, and everything that uses in turn.
      const queue = Object.entries(files).flatMap(([path, text]) => references(path, text));
      while (queue.length) {
        const path = queue.pop();
        if (path in files || path.endsWith('.html') || !existsSync(join(dist, path))) continue;
        let data = readFileSync(join(dist, path));
        if (path.endsWith('.css')) data = relativizeCss(data.toString('utf8'), path, base);
        else if (path.endsWith('.js'))
          data = relativizePreloadHelper(data.toString('utf8'), base) ?? data;
        files[path] = data;
        if (/\.(css|js)$/.test(path)) queue.push(...references(path, data.toString()));
      }
      const name = `${NAME}-${language}-${kind === 'course' ? 'course' : chosen[0].slug}`;
      const pages = new Set(chosen.map(href));
      const shared = Object.keys(files)
        .filter((path) => !pages.has(path))
        .sort();
      files['imsmanifest.xml'] = scormManifest({
        identifier: name,
        title: kind === 'course' ? courseTitle : chosen[0].title,
        description: kind === 'course' ? courseDescription : chosen[0].description,
        language,
        masteryScore,
        lessons: chosen.map((lesson) => ({ ...lesson, href: href(lesson) })),
        shared,
      });
      return { name, language, kind, slug: kind === 'course' ? null : chosen[0].slug, files };
    };
    for (const lesson of lessons) packages.push(build('lesson', [lesson], () => 'index.html'));
    packages.push(build('course', lessons, (lesson) => `lessons/${lesson.slug}/index.html`));
  }
  return packages;
}

/** Any lesson of a language: each one's quiz carries the course order. */
function firstLessonSlug(dist, prefix) {
  const [slug] = readdirSync(join(dist, prefix, 'lessons')).sort();
  if (!slug) throw new Error(`package:scorm: no lessons in ${join(dist, prefix, 'lessons')}`);
  return slug;
}

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** The course package's front page: it opens the first lesson, and lists them all. */
function courseIndex(language, title, lessons, href) {
  const { dir } = LOCALE_CONFIG.find((l) => l.code === language);
  const first = href(lessons[0]);
  const list = lessons
    .map((lesson) => `<li><a href="${href(lesson)}">${escapeHtml(lesson.title)}</a></li>`)
    .join('');
  return `<!DOCTYPE html><html lang="${language}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="0; url=${first}"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1><ol>${list}</ol></main></body></html>
`;
}

/** An unzipped package in `dir`, as an LMS unpacks it. */
export function writeScormFolder(files, dir) {
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
}

/** A lesson renamed or removed leaves no package behind; other files in the folder stay. */
function removeOldPackages(dir) {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir))
    if (/^second-look-.*\.zip$/.test(name)) rmSync(join(dir, name), { force: true });
}

/** SCORM_MASTERY_SCORE: unset → 80; "none" → no mastery score (lessons end "completed"). */
export function masteryFromEnv(value) {
  if (!value) return 80;
  return value.trim().toLowerCase() === 'none' ? null : Number(value);
}

/** Writes every package's zip; checks each manifest first. Returns [{ file, bytes, … }]. */
export function packageScorm({
  dist = join(ROOT, 'dist'),
  outDir = join(ROOT, 'packages/scorm'),
  masteryScore = masteryFromEnv(process.env.SCORM_MASTERY_SCORE),
  siteUrl = process.env.SITE_URL,
  base = process.env.BASE_PATH ?? '/',
} = {}) {
  const written = [];
  for (const { name, language, kind, slug, files } of scormPackages({
    dist,
    masteryScore,
    siteUrl,
    base,
  })) {
    const problems = manifestProblems(files['imsmanifest.xml'], Object.keys(files));
    if (problems.length) throw new Error(`package:scorm: ${name}:\n- ${problems.join('\n- ')}`);
    const zip = zipFiles(files);
    const file = join(outDir, language, `${name}.zip`);
    if (!written.some((w) => w.language === language)) removeOldPackages(dirname(file));
    writeFileSync(file, zip);
    written.push({
      file,
      bytes: zip.length,
      files: Object.keys(files).length,
      language,
      kind,
      slug,
    });
  }
  return written;
}

const kB = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

/** The sizes, per language: lesson packages' smallest, mean and largest, and the course's. */
export function sizeReport(written) {
  return [...new Set(written.map((w) => w.language))].map((language) => {
    const mine = written.filter((w) => w.language === language);
    const lessons = mine.filter((w) => w.kind === 'lesson').map((w) => w.bytes);
    const course = mine.find((w) => w.kind === 'course');
    const mean = lessons.reduce((a, b) => a + b, 0) / lessons.length;
    return `${language}: ${lessons.length} lessons ${kB(Math.min(...lessons))} min, ${kB(mean)} mean, ${kB(Math.max(...lessons))} max; course ${kB(course.bytes)}`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = packageScorm();
  const folder = relative(process.cwd(), join(ROOT, 'packages/scorm'));
  console.log(`package:scorm: ${written.length} SCORM 1.2 packages in ${folder}/`);
  for (const line of sizeReport(written)) console.log(`  ${line}`);
}
