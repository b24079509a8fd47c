/* The offline packages' pure parts: relative links for Kiwix, the Kiwix page, the folder's files. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  relativeAddress,
  relativizeCss,
  relativizeHtml,
  relativizePreloadHelper,
} from '../scripts/offline/relative-links.mjs';
import { forKiwix } from '../scripts/offline/kiwix-page.mjs';
import { folderFiles } from '../scripts/offline/package-folder.mjs';

describe('relativeAddress', () => {
  it('makes root-relative addresses relative, folders ending in index.html', () => {
    expect(relativeAddress('lessons/x/index.html', '/lessons/y/')).toBe('../y/index.html');
    expect(relativeAddress('index.html', '/')).toBe('index.html');
    expect(relativeAddress('ar/index.html', '/')).toBe('../index.html');
    expect(relativeAddress('ar/lessons/x/index.html', '/_astro/a.css')).toBe(
      '../../../_astro/a.css',
    );
    expect(relativeAddress('index.html', '/lessons/x/#quiz')).toBe('lessons/x/index.html#quiz');
    expect(relativeAddress('a/index.html', '/a/?q=1')).toBe('index.html?q=1');
  });
  it('removes the build base first', () => {
    expect(relativeAddress('lessons/x/index.html', '/course/glossary/', '/course/')).toBe(
      '../../glossary/index.html',
    );
  });
  it('leaves other sites, protocol-relative and fragment-only addresses alone', () => {
    for (const target of ['https://example.org/', '//cdn.example/x', '#top', 'data:x', 'x/y'])
      expect(relativeAddress('a/index.html', target)).toBe(target);
  });
});

describe('relativizeHtml and relativizeCss', () => {
  it('rewrites href, src, srcset, option values and meta refresh', () => {
    const html =
      '<a href="/lessons/x/">x</a><img src="/i.png" srcset="/i.png 1x, /j.png 2x">' +
      '<option value="/ar/">ar</option><option value="dark">d</option>' +
      '<meta http-equiv="refresh" content="0; url=/lessons/x/"><a href="https://e.org/">e</a>';
    expect(relativizeHtml(html, 'l/1/index.html')).toBe(
      '<a href="../../lessons/x/index.html">x</a><img src="../../i.png" srcset="../../i.png 1x, ../../j.png 2x">' +
        '<option value="../../ar/index.html">ar</option><option value="dark">d</option>' +
        '<meta http-equiv="refresh" content="0; url=../../lessons/x/index.html"><a href="https://e.org/">e</a>',
    );
  });
  it('rewrites url() in style sheets', () => {
    expect(
      relativizeCss('a{src:url(/_astro/f.woff2)} b{background:url("data:x")}', '_astro/s.css'),
    ).toBe('a{src:url(f.woff2)} b{background:url("data:x")}');
  });
  it('makes Vite’s preload helper resolve from its own file, and recognises only it', () => {
    const helper = 'x=`modulepreload`,t=function(e){return`/`+e},n={}';
    expect(relativizePreloadHelper(helper)).toBe(
      'x=`modulepreload`,t=function(e){return new URL(`../`+e,import.meta.url).href},n={}',
    );
    expect(relativizePreloadHelper('let a = 1')).toBeNull();
  });
});

describe('forKiwix', () => {
  it('removes what cannot work in a ZIM and adds the Kiwix style sheet', () => {
    const page =
      '<head><meta http-equiv="Content-Security-Policy" content="x"><link rel="manifest" href="m">' +
      '<link rel="apple-touch-icon" href="i.png">' +
      '<script type="module" src="../register-sw.js" data-update="New" data-update-button="Go"></script>' +
      '</head><body><site-search><button>S</button></site-search><course-offline><button>O</button></course-offline><p>kept</p></body>';
    expect(forKiwix(page, '../kiwix.css')).toBe(
      '<head><link rel="stylesheet" href="../kiwix.css"></head><body><p>kept</p></body>',
    );
  });
});

describe('folderFiles', () => {
  const dist = mkdtempSync(join(tmpdir(), 'offline-dist-'));
  mkdirSync(join(dist, 'lessons/x'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<html>');
  writeFileSync(join(dist, 'lessons/x/index.html'), '<html>');

  it('puts the site in site/, with the server and the README beside it', () => {
    const files = Object.keys(folderFiles({ dist }));
    expect(files.sort()).toEqual([
      'second-look/README.txt',
      'second-look/serve.mjs',
      'second-look/site/index.html',
      'second-look/site/lessons/x/index.html',
    ]);
  });
  it('keeps a BASE_PATH build under its folder, and tells the server and the README', () => {
    const files = folderFiles({ dist, base: '/course/' });
    expect(Object.keys(files)).toContain('second-look/site/course/lessons/x/index.html');
    expect(files['second-look/serve.mjs']).toContain("const START = '/course/';");
    expect(files['second-look/README.txt']).toContain('http://localhost:8080/course/');
    expect(files['second-look/README.txt']).not.toContain('@START@');
  });
});
