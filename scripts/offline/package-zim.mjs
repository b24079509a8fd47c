/*
 * `npm run package:zim`: the built course (dist/) as one Kiwix file, packages/second-look.zim,
 * with both languages (ZIM language "eng,ara"), the English home page as welcome page (its
 * language switcher leads to the Arabic one), a 48×48 icon and a full-text index, written by
 * Debian's zimwriterfs (zim-tools).
 *
 * Kiwix serves a ZIM under a prefix of its own (kiwix-serve: /content/second-look/…; the apps:
 * their own schemes) and has no folder index, so a copy of the site is rewritten first: every
 * internal link relative to its page, folders as …/index.html (relative-links.mjs). That copy
 * works under any prefix, where a BASE_PATH build would work under one only.
 *
 * What cannot work inside Kiwix is taken out of the copy, so nothing half-works:
 * - the site's search box (Pagefind asks for /pagefind/ from the site root, outside the ZIM);
 *   Kiwix's own search uses the ZIM's full-text index instead;
 * - the service worker and the offline download (a ZIM is already offline).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import {
  relativeAddress,
  relativizeCss,
  relativizeHtml,
  relativizePreloadHelper,
} from './relative-links.mjs';
import { forKiwix } from './kiwix-page.mjs';

const ROOT = join(import.meta.dirname, '../..');
const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
const OUT_DIR = process.env.PACKAGE_DIR ?? join(ROOT, 'packages');
const BASE = process.env.BASE_PATH ?? '/';
const NAME = 'second-look';

/** Host configuration and files a ZIM reader never asks for. */
const LEFT_OUT = new Set(['_headers', 'nginx.conf', '.htaccess', 'sw.js', 'offline-files.json']);
const leftOut = (path) =>
  LEFT_OUT.has(path) ||
  /^workbox-.*\.js$/.test(path) ||
  /(^|\/)(manifest\.webmanifest|register-sw\.js|offline)$/.test(path);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function packageZim({ dist = DIST, outDir = OUT_DIR, base = BASE } = {}) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`package:zim: no built site in ${dist}; run npm run build first.`);
  }
  const work = join(tmpdir(), `second-look-zim-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  cpSync(dist, work, { recursive: true, filter: (src) => !leftOut(relative(dist, src)) });
  cpSync(join(import.meta.dirname, 'kiwix.css'), join(work, 'kiwix.css'));

  let preloadHelpers = 0;
  for (const file of filesUnder(work)) {
    const path = relative(work, file).split('\\').join('/');
    if (path.endsWith('.html')) {
      const html = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        forKiwix(relativizeHtml(html, path, base), relativeAddress(path, '/kiwix.css')),
      );
    } else if (path.endsWith('.css')) {
      writeFileSync(file, relativizeCss(readFileSync(file, 'utf8'), path, base));
    } else if (path.startsWith('_astro/') && path.endsWith('.js')) {
      const helper = relativizePreloadHelper(readFileSync(file, 'utf8'), base);
      if (helper) writeFileSync(file, helper);
      if (helper) preloadHelpers++;
    }
  }
  // The course's build replaces Vite's preload helper by one that preloads nothing
  // (astro.config.mjs), so usually there is none to fix. A second helper would mean a shape
  // this script does not know: say so rather than ship a ZIM whose pages ask for files
  // outside it. tests/e2e/zim.test.mjs saves progress inside kiwix-serve, which loads the
  // modules the quiz and exercises import on use.
  if (preloadHelpers > 1) {
    throw new Error(
      `package:zim: expected at most one Vite preload helper in _astro/, found ${preloadHelpers}`,
    );
  }

  mkdirSync(outDir, { recursive: true });
  const zim = join(outDir, `${NAME}.zim`);
  rmSync(zim, { force: true });
  const result = spawnSync(
    'zimwriterfs',
    [
      '--welcome=index.html',
      '--illustration=icons/icon-48.png',
      '--language=eng,ara',
      '--title=Second Look · نظرة ثانية',
      '--description=Bilingual course: extremist propaganda online, and how to resist it',
      '--creator=Second Look',
      '--publisher=Second Look',
      `--name=${NAME}`,
      '--tags=_category:other;media literacy;education',
      '--scraper=second-look package-zim',
      work,
      zim,
    ],
    { encoding: 'utf8', timeout: 600_000 },
  );
  rmSync(work, { recursive: true, force: true });
  if (result.error?.code === 'ENOENT') {
    throw new Error("package:zim: zimwriterfs is missing; install Debian's zim-tools.");
  }
  if (result.status !== 0) {
    throw new Error(`package:zim: zimwriterfs failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { file: zim, bytes: statSync(zim).size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { file, bytes } = packageZim();
  console.log(`package:zim: ${relative(process.cwd(), file)} (${(bytes / 1e6).toFixed(1)} MB)`);
}
