/*
 * What "Make the course available offline" downloads, per language: the pages of that language
 * (index.html files, as the folder addresses a browser asks for), every shared asset (styles,
 * scripts, fonts, icons) and that language's part of the search index. Pure: it works on the
 * list of built files, so the sizes shown before a download are computed at build.
 */

export interface BuiltFile {
  /** Path inside dist/, with forward slashes: "ar/lessons/x/index.html". */
  path: string;
  /** Bytes on the wire: gzipped size for text, the file's size for compressed formats. */
  bytes: number;
  /** A content hash, so a new version downloads only what changed. */
  revision: string;
  /** The page's <title>, for HTML pages. */
  title?: string;
}

export interface OfflineEntry {
  url: string;
  bytes: number;
  revision: string;
  /** "page" entries are stored where the service worker looks for pages. */
  kind: 'page' | 'asset';
  title?: string;
}

export interface OfflineCourse {
  /** Changes whenever any downloadable file changes. */
  version: string;
  /** Entries per language code, and "all" for every language at once. */
  sets: Record<string, OfflineEntry[]>;
}

/** Files that are not part of the course a learner reads. */
const NOT_DOWNLOADED = [
  /^_headers$/,
  /^nginx\.conf$/,
  /(^|\/)\.htaccess$/,
  /^sitemap.*\.xml$/,
  /^sw\.js$/,
  /^workbox-[\w-]+\.js$/,
  /^offline-files\.json$/,
  /(^|\/)404\.html$/,
  // Quizzes for other sites' frames; the lessons carry the same quizzes.
  /(^|\/)embed\//,
  // Pagefind's other UIs; Starlight uses its own, bundled in _astro/.
  /^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/,
];

/** The language a built file belongs to, or null when every language uses it. */
export function languageOf(path: string, codes: string[], defaultCode: string): string | null {
  if (path.startsWith('pagefind/')) {
    const name = path.split('/').pop()!;
    const match = /^(?:pagefind\.|wasm\.)?([a-z]{2,3}(?:-[a-z]+)?)[._]/i.exec(name);
    return match && codes.includes(match[1]!) ? match[1]! : null;
  }
  if (path.startsWith('_astro/') || (!path.endsWith('.html') && !path.endsWith('.webmanifest'))) {
    return null;
  }
  const folder = path.split('/')[0]!;
  return codes.includes(folder) && folder !== defaultCode ? folder : defaultCode;
}

/** The address a browser asks for: folders for index.html pages, under the site's base. */
export function addressOf(path: string, base: string): string {
  const address = path === 'index.html' ? '' : path.replace(/(^|\/)index\.html$/, '$1');
  return `${base}${address}`;
}

export function offlineCourse(
  files: BuiltFile[],
  { base, codes, defaultCode }: { base: string; codes: string[]; defaultCode: string },
): OfflineCourse {
  const kept = files
    .filter((f) => !NOT_DOWNLOADED.some((pattern) => pattern.test(f.path)))
    .sort((a, b) => a.path.localeCompare(b.path));
  const entry = (f: BuiltFile): OfflineEntry => ({
    url: addressOf(f.path, base),
    bytes: f.bytes,
    revision: f.revision,
    kind: f.path.endsWith('.html') ? 'page' : 'asset',
    ...(f.title ? { title: f.title } : {}),
  });
  const sets: Record<string, OfflineEntry[]> = {};
  for (const code of codes) {
    sets[code] = kept
      .filter((f) => [code, null].includes(languageOf(f.path, codes, defaultCode)))
      .map(entry);
  }
  sets.all = kept.map(entry);
  const version = fnv1a(kept.map((f) => `${f.path}:${f.revision}`).join('\n'));
  return { version, sets };
}

export const totalBytes = (entries: OfflineEntry[]) => entries.reduce((n, e) => n + e.bytes, 0);

/** A short, stable hash of a string (FNV-1a, 32 bits, hex). */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** "1.2 MB" in the page's language, Western digits as in the rest of the course. */
export function formatSize(bytes: number, lang: string): string {
  const megabytes = bytes / 1_000_000;
  return new Intl.NumberFormat(`${lang}-u-nu-latn`, {
    style: 'unit',
    unit: megabytes >= 0.1 ? 'megabyte' : 'kilobyte',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(megabytes >= 0.1 ? megabytes : bytes / 1000);
}
