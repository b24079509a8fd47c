/*
 * `npm run package:offline`: the built course (dist/) as packages/second-look-offline.zip, a
 * folder for a classroom computer: second-look/site/ (the site; under site/course/ for a
 * BASE_PATH=/course/ build, so the addresses stay the same), serve.mjs (a server needing only
 * Node.js) and README.txt (how to serve it with Node or Python on Windows, macOS and Linux).
 */
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const ROOT = join(import.meta.dirname, '../..');
const FOLDER = 'second-look';

export function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files of the zip, by path inside it. */
export function folderFiles({ dist, base = '/' }) {
  const start = base.endsWith('/') ? base : `${base}/`;
  const fill = (text) => text.replaceAll('@START@', start);
  const here = (name) => readFileSync(join(import.meta.dirname, name), 'utf8');
  const files = {
    [`${FOLDER}/README.txt`]: fill(here('README-offline.txt')).replace(/\n/g, '\r\n'),
    [`${FOLDER}/serve.mjs`]: here('serve.mjs').replace(
      "const START = '/';",
      `const START = '${start}';`,
    ),
  };
  const siteRoot = `${FOLDER}/site${start}`;
  for (const file of filesUnder(dist)) {
    files[siteRoot + relative(dist, file).split('\\').join('/')] = readFileSync(file);
  }
  return files;
}

// Fonts, images and the search index's fragments are compressed already: stored as they are.
const PACKED = /\.(woff2?|png|pf_\w+)$/;

/** A zip of `files` (path inside the zip → text or bytes), the same bytes on every run. */
export function zipFiles(files) {
  const entries = Object.fromEntries(
    Object.entries(files).map(([path, data]) => [
      path,
      [
        typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data),
        { level: PACKED.test(path) ? 0 : 9 },
      ],
    ]),
  );
  return zipSync(entries, { mtime: new Date('2026-01-01T00:00:00Z') });
}

export function packageFolder({
  dist = join(ROOT, 'dist'),
  outDir = join(ROOT, 'packages'),
  base = process.env.BASE_PATH ?? '/',
} = {}) {
  const files = folderFiles({ dist, base });
  if (!Object.keys(files).some((path) => path.endsWith('/site' + base + 'index.html'))) {
    throw new Error(`package:offline: no built site in ${dist}; run npm run build first.`);
  }
  const zip = zipFiles(files);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${FOLDER}-offline.zip`);
  writeFileSync(file, zip);
  return { file, bytes: zip.length, files: Object.keys(files).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { file, bytes, files } = packageFolder();
  console.log(
    `package:offline: ${relative(process.cwd(), file)} (${files} files, ${(bytes / 1e6).toFixed(1)} MB)`,
  );
}
