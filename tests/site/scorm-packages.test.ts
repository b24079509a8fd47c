/*
 * The SCORM 1.2 packages made from the built site: every manifest follows the rules, every
 * file the pages use is inside, nothing comes from another origin, and each lesson's page
 * keeps its quiz and exercises (the very ones dist/ has) without the site's navigation.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, loadPage } from './dist';
import { LESSON_SLUGS } from '../support/lesson-slugs';
import { manifestProblems } from '../../scripts/scorm/manifest.mjs';
import { packageScorm, scormPackages, sizeReport } from '../../scripts/scorm/package-scorm.mjs';
import { inlineSourcesOf } from '../../src/hosting/inline-sources';

const SITE_URL = 'https://course.example';
const packages = scormPackages({ dist: DIST, siteUrl: SITE_URL });
const text = (data: string | Uint8Array) =>
  typeof data === 'string' ? data : new TextDecoder().decode(data);
const textFiles = (files: Record<string, string | Uint8Array>) =>
  Object.entries(files)
    .filter(([path]) => /\.(html|css|js|xml)$/.test(path))
    .map(([path, data]) => [path, text(data)] as const);
const pageOf = (html: string) => parseHTML(html).document as unknown as Document;
const scoPages = (files: Record<string, string | Uint8Array>) => {
  const manifest = text(files['imsmanifest.xml']!);
  return [...manifest.matchAll(/adlcp:scormtype="sco" href="([^"]+)"/g)].map((m) => m[1]!);
};
const lessonOf = (page: Document) => page.documentElement.getAttribute('data-scorm-lesson')!;
const distPageOf = (language: string, slug: string) =>
  loadPage(`${language === 'en' ? '' : `${language}/`}lessons/${slug}/index.html`);

describe.each(packages.map((p) => [p.name, p] as const))('%s', (_, { files, language, kind }) => {
  const paths = Object.keys(files);

  it('has a manifest that follows the SCORM 1.2 rules', () => {
    expect(manifestProblems(text(files['imsmanifest.xml']!), paths)).toEqual([]);
  });

  it('has every file its pages, styles and scripts refer to, and follows no link out of the zip', () => {
    const missing: string[] = [];
    for (const [path, body] of textFiles(files)) {
      if (path === 'imsmanifest.xml') continue;
      const refs = path.endsWith('.html')
        ? [...body.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!)
        : path.endsWith('.css')
          ? [...body.matchAll(/url\((["']?)([^"')]*)\1\)/g)].map((m) => m[2]!)
          : [...body.matchAll(/["'`](\.\/[\w.-]+\.js)["'`]/g)].map((m) => m[1]!);
      for (const ref of refs) {
        if (/^(https?:|data:|#|mailto:)/.test(ref)) continue;
        const target = posix.normalize(posix.join(posix.dirname(path), ref.split(/[?#]/)[0]!));
        if (target.startsWith('..') || !(target in files)) missing.push(`${path} → ${ref}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('asks no other origin for anything, and leaves no address from the site root', () => {
    const found: string[] = [];
    for (const [path, body] of textFiles(files)) {
      let rest = body
        .replaceAll(/http:\/\/www\.w3\.org\/[\w/.-]*/g, '') // namespaces, never fetched
        .replaceAll(/http:\/\/www\.(imsproject|imsglobal|adlnet)\.org\/xsd\/\w+/g, '');
      // Links that open another site in a new tab: the sources, and pages of the live course.
      if (path.endsWith('.html'))
        rest = rest.replaceAll(/<a\s[^>]*>/g, (tag) =>
          / target="_blank"/.test(tag) && / rel="[^"]*noopener/.test(tag) ? '' : tag,
        );
      for (const match of rest.matchAll(/.{0,40}(https?:|["'(=]\/\/).{0,40}/g))
        found.push(`${path}: ${match[0]}`);
      if (/["'(]\/_astro\//.test(body)) found.push(`${path}: an address from the site root`);
    }
    expect(found).toEqual([]);
  });

  it('has no service worker, web app manifest or search', () => {
    expect(
      paths.filter((p) => /(sw\.js|register-sw|workbox|webmanifest|pagefind)/.test(p)),
    ).toEqual([]);
  });

  it('keeps each lesson’s quiz and exercises, the very ones the site shows, without the site around them', () => {
    for (const href of scoPages(files)) {
      const page = pageOf(text(files[href]!));
      const slug = lessonOf(page);
      const built = distPageOf(language, slug);
      const ids = (doc: Document, selector: string, name: string) =>
        [...doc.querySelectorAll(selector)].map((e) => e.getAttribute(name));
      expect(ids(page, '.quiz-question', 'data-question')).toEqual(
        ids(built, '.quiz-question', 'data-question'),
      );
      expect(page.documentElement.getAttribute('data-scorm-questions')).toBe(
        String(built.querySelectorAll('.quiz-question').length),
      );
      const exercises = (doc: Document) =>
        [...doc.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('course-exercise-'))
          .map((e) => e.localName);
      expect(exercises(page)).toEqual(exercises(built));
      expect(page.querySelector('h1')?.textContent).toBe(built.querySelector('h1')?.textContent);
      for (const gone of [
        'header.header',
        'nav.sidebar',
        'site-search',
        'starlight-lang-select',
        '.pagination-links',
        'link[rel="manifest"]',
      ])
        expect(page.querySelector(gone), `${href}: ${gone}`).toBeNull();
    }
  });

  it('runs the bridge first, as a classic script the page’s policy allows', () => {
    for (const href of scoPages(files)) {
      const html = text(files[href]!);
      const page = pageOf(html);
      const [first] = page.querySelectorAll('head script');
      expect(first?.getAttribute('src')).toBe(
        posix.relative(posix.dirname(href), 'scorm-bridge.js'),
      );
      expect(first?.getAttribute('type')).toBeNull();
      expect(first?.hasAttribute('async') || first?.hasAttribute('defer')).toBe(false);
      const policy = page
        .querySelector('meta[http-equiv="Content-Security-Policy"]')!
        .getAttribute('content')!;
      expect(policy).toMatch(/script-src 'self'/);
      // What stays inline is what the build hashed: nothing was changed inside a script or style.
      const inline = inlineSourcesOf(html);
      for (const hash of [...inline.scripts, ...inline.styles, ...inline.styleAttributes])
        expect(policy, href).toContain(hash);
      expect(inline.problems).toEqual([]);
    }
  });

  it('links to course pages outside the package on the live site, and to its own parts by fragment', () => {
    for (const href of scoPages(files)) {
      const page = pageOf(text(files[href]!));
      for (const a of page.querySelectorAll('a[href]')) {
        const target = a.getAttribute('href')!;
        if (target.startsWith('#')) {
          if (target.length > 1)
            expect(page.getElementById(target.slice(1)), `${href} ${target}`).not.toBeNull();
        } else {
          expect(target, href).toMatch(/^https?:\/\//);
        }
      }
      expect(page.querySelector(`a[href^="${SITE_URL}/"]`), href).not.toBeNull();
    }
  });

  it('is in its language and direction', () => {
    for (const href of scoPages(files)) {
      const root = pageOf(text(files[href]!)).documentElement;
      expect(root.getAttribute('lang')).toBe(language);
      expect(root.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
    }
  });

  it('opens its (first) lesson from index.html, for Kolibri', () => {
    const index = text(files['index.html']!);
    if (kind === 'lesson') expect(scoPages(files)).toEqual(['index.html']);
    else {
      expect(scoPages(files)).toEqual(LESSON_SLUGS.map((slug) => `lessons/${slug}/index.html`));
      expect(index).toContain(`url=lessons/${LESSON_SLUGS[0]}/index.html`);
    }
  });
});

describe('the packages', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'scorm-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('are one per lesson and one per course, in each language', () => {
    for (const language of ['en', 'ar']) {
      const mine = packages.filter((p) => p.language === language);
      expect(mine.map((p) => p.name)).toEqual([
        ...LESSON_SLUGS.map((slug) => `second-look-${language}-${slug}`),
        `second-look-${language}-course`,
      ]);
    }
  });

  it('are written as zips holding exactly those files, and their sizes reported', () => {
    const written = packageScorm({ dist: DIST, outDir, siteUrl: SITE_URL });
    expect(written).toHaveLength(packages.length);
    for (const { file, bytes, language } of written) {
      expect(file.startsWith(join(outDir, language))).toBe(true);
      const unzipped = unzipSync(readFileSync(file));
      const made = packages.find((p) => file.endsWith(`${p.name}.zip`))!;
      expect(Object.keys(unzipped).sort()).toEqual(Object.keys(made.files).sort());
      expect(bytes).toBeLessThan(1_000_000);
    }
    const report = sizeReport(written);
    console.log(report.join('\n'));
    expect(report).toHaveLength(2);
  });

  it('make links to other pages plain text when the live site’s address is unknown', () => {
    const [first] = scormPackages({ dist: DIST, siteUrl: undefined });
    const page = pageOf(text(first!.files['index.html']!));
    expect(page.querySelector('.lesson-guide-link a')).toBeNull();
    expect(page.querySelector('.lesson-guide-link')?.textContent).not.toBe('');
  });
});
