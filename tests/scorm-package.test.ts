/* The SCORM packages' pure parts: the manifest, its checker, and the SCO page. */
import { describe, expect, it } from 'vitest';
import { isXsId, manifestProblems, scormManifest } from '../scripts/scorm/manifest.mjs';
import { masteryFromEnv } from '../scripts/scorm/package-scorm.mjs';
import { scoPage } from '../scripts/scorm/sco-page.mjs';

const lessons = [
  { slug: 'first', title: 'First & foremost', href: 'lessons/first/index.html' },
  { slug: 'second', title: 'Second', href: 'lessons/second/index.html' },
];
const shared = ['index.html', 'scorm-bridge.js', '_astro/a.js'];
const manifest = scormManifest({
  identifier: 'second-look-en-course',
  title: 'Second Look',
  description: 'A course <with> "quotes"',
  language: 'en',
  masteryScore: 80,
  lessons,
  shared,
});
const paths = [...lessons.map((l) => l.href), ...shared, 'imsmanifest.xml'];

describe('scormManifest', () => {
  it('passes its own checks', () => {
    expect(manifestProblems(manifest, paths)).toEqual([]);
  });
  it('declares SCORM 1.2 and the ADL CP namespaces, and escapes text', () => {
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(manifest).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(manifest).toContain('<title>First &amp; foremost</title>');
    expect(manifest).toContain('A course &lt;with&gt; &quot;quotes&quot;');
  });
  it('gives each lesson an item with the mastery score and a SCO, in order', () => {
    expect([...manifest.matchAll(/<item identifier="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'item-first',
      'item-second',
    ]);
    expect(manifest.match(/<adlcp:masteryscore>80<\/adlcp:masteryscore>/g)).toHaveLength(2);
    expect(manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(2);
  });
  it('leaves the mastery score out when there is none, and still passes its checks', () => {
    const none = scormManifest({
      identifier: 'second-look-en-first',
      title: 'Second Look',
      description: 'A lesson',
      language: 'en',
      masteryScore: null,
      lessons,
      shared,
    });
    expect(none).not.toContain('masteryscore');
    expect(manifestProblems(none, paths)).toEqual([]);
  });
  it('reads SCORM_MASTERY_SCORE: unset is 80, "none" is no score, a number is that number', () => {
    expect(masteryFromEnv(undefined)).toBe(80);
    expect(masteryFromEnv('none')).toBeNull();
    expect(masteryFromEnv('70')).toBe(70);
  });
});

describe('manifestProblems', () => {
  const broken = (from: string, to: string) => manifestProblems(manifest.replace(from, to), paths);

  it('names a missing or wrong schema version', () => {
    expect(broken('<schemaversion>1.2', '<schemaversion>2004')).toEqual([
      '<metadata> lacks <schemaversion>1.2</schemaversion>',
    ]);
  });
  it('names identifiers that repeat or are not xs:ID', () => {
    expect(broken('identifier="item-second"', 'identifier="item-first"')).toContain(
      'identifier "item-first" is used twice',
    );
    expect(broken('identifier="item-second"', 'identifier="2nd item"')).toContain(
      '<item identifier="2nd item">: not a valid xs:ID',
    );
  });
  it('names a resource that is not a SCO or an asset, or a SCO without href', () => {
    expect(broken('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"')).toContain(
      '<resource identifier="sco-first">: adlcp:scormtype is "lesson", not "sco" or "asset"',
    );
    expect(broken(' href="lessons/first/index.html">', '>')).toContain(
      '<resource identifier="sco-first">: a SCO without href',
    );
  });
  it('names an item pointing nowhere and a dependency naming no resource', () => {
    expect(broken('identifierref="sco-second"', 'identifierref="sco-third"')).toEqual([
      '<item identifier="item-second">: identifierref "sco-third" names no resource',
      'SCO "sco-second" is not used by any item',
    ]);
    expect(
      broken('<dependency identifierref="shared"/>', '<dependency identifierref="x"/>'),
    ).toEqual(['<resource identifier="sco-first">: dependency "x" names no resource']);
  });
  it('names listed files missing from the package, and files the manifest does not list', () => {
    expect(
      manifestProblems(manifest, [...paths.filter((p) => p !== '_astro/a.js'), 'extra.css']),
    ).toEqual([
      '<file href="_astro/a.js"> is not in the package',
      'extra.css is in the package but not in the manifest',
    ]);
  });
  it('names a mastery score out of range and a wrong namespace', () => {
    expect(broken('<adlcp:masteryscore>80', '<adlcp:masteryscore>180')).toContain(
      '<item identifier="item-first">: masteryscore "180" is not 0–100',
    );
    expect(broken('imscp_rootv1p1p2"', 'imscp_v1p1"')[0]).toMatch(
      /not in the IMS CP 1\.1\.2 namespace/,
    );
  });
  it('accepts xs:IDs and refuses what is not one', () => {
    expect(['a', '_x', 'sco-a.b_1'].every(isXsId)).toBe(true);
    expect(['1a', 'a b', 'a:b', ''].some(isXsId)).toBe(false);
  });
});

describe('scoPage', () => {
  const page =
    '<!DOCTYPE html><html lang="ar" dir="rtl" data-has-sidebar data-has-toc><head><meta charset="utf-8"/>' +
    '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'">' +
    '<link rel="canonical" href="https://x.example/ar/lessons/a/"/><meta property="og:url" content="https://x.example/">' +
    '<link rel="stylesheet" href="/_astro/a.css"><link rel="manifest" href="/manifest.webmanifest">' +
    '<script type="module" src="/register-sw.js" data-update="u"></script><script>inline()</script></head>' +
    '<body><header class="header x"><a href="/ar/">home</a><site-search>s</site-search></header>' +
    '<nav class="sidebar"><a href="/ar/lessons/b/">b</a></nav><main>' +
    '<a href="/ar/teach/a/">guide</a> <a href="/ar/lessons/a/#quiz">quiz</a> ' +
    '<a href="https://source.example/" rel="noreferrer">source</a>' +
    '<course-quiz><div class="quiz-question"></div><div class="quiz-question"></div></course-quiz>' +
    '<footer><div class="pagination-links"><a href="/ar/lessons/b/">next</a></div></footer>' +
    '<script type="module" src="/_astro/q.js"></script></main></body></html>';
  const options = {
    file: 'lessons/a/index.html',
    pagePath: '/ar/lessons/a/',
    lesson: 'a',
    bridgeHref: '../../scorm-bridge.js',
    styleHref: '../../scorm.css',
  };

  it('keeps the lesson, drops the site around it, and marks the page for the bridge', () => {
    const { html, questions } = scoPage(page, options);
    expect(questions).toBe(2);
    expect(html).toBe(
      '<!DOCTYPE html><html lang="ar" dir="rtl" data-has-toc data-scorm-lesson="a" data-scorm-questions="2"><head><meta charset="utf-8"/>' +
        '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'"><script src="../../scorm-bridge.js"></script>' +
        '<link rel="stylesheet" href="../../_astro/a.css">' +
        '<script>inline()</script><link rel="stylesheet" href="../../scorm.css"></head>' +
        '<body><main>' +
        'guide <a href="#quiz">quiz</a> ' +
        '<a href="https://source.example/" target="_blank" rel="noreferrer noopener">source</a>' +
        '<course-quiz><div class="quiz-question"></div><div class="quiz-question"></div></course-quiz>' +
        '<footer></footer>' +
        '<script type="module" src="../../_astro/q.js"></script></main></body></html>',
    );
  });
  it('sends links to pages outside the package to the live site, in a new tab', () => {
    const { html } = scoPage(page, { ...options, siteUrl: 'https://course.example/' });
    expect(html).toContain(
      '<a href="https://course.example/ar/teach/a/" target="_blank" rel="noopener noreferrer">guide</a>',
    );
  });
  it('follows BASE_PATH', () => {
    const based = page.replaceAll('"/', '"/course/');
    const { html } = scoPage(based, {
      ...options,
      pagePath: '/course/ar/lessons/a/',
      base: '/course/',
    });
    expect(html).toContain('<a href="#quiz">quiz</a>');
    expect(html).toContain('<script type="module" src="../../_astro/q.js">');
  });
});
