import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  hashSource,
  inlineSourcesOf,
  insertMetaPolicy,
  mergeHashes,
} from '../src/hosting/inline-sources';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<script>one()</script>
<script type="module">two()</script>
<script type="application/json">{"data": 1}</script>
<script src="/x.js"></script>
<style>p { color: red }</style>
</head><body><p style="--a: 1em;">x</p><p style="a:&quot;b&quot;">y</p>
<template><script>three()</script></template></body></html>`;

describe('inlineSourcesOf', () => {
  const found = inlineSourcesOf(PAGE);

  it('hashes the scripts a browser runs, not data blocks or external files', () => {
    expect(found.scripts).toEqual([sha('one()'), sha('two()'), sha('three()')]);
  });

  it('hashes inline styles and style attributes as the browser reads them', () => {
    expect(found.styles).toEqual([sha('p { color: red }')]);
    expect(found.styleAttributes).toEqual([sha('--a: 1em;'), sha('a:"b"')]);
  });

  it('hashes script text exactly, entities and line breaks as written', () => {
    const text = "if (a &amp;&amp; b) {\r\n  x('<p>');\n}";
    const page = `<html><head><script>${text}</script></head></html>`;
    // The HTML parser turns CRLF into LF; script text is not entity-decoded.
    expect(inlineSourcesOf(page).scripts).toEqual([sha(text.replace('\r\n', '\n'))]);
  });

  it('reports what no hash can allow', () => {
    const page = `<html><head></head><body><button onclick="go()">x</button><a href=" javascript:go()">y</a></body></html>`;
    expect(inlineSourcesOf(page).problems).toEqual([
      '<button onclick="…">',
      '<a href="javascript:…">',
    ]);
  });

  it('finds where a <meta> policy goes: after a leading charset, else at the head start', () => {
    expect(PAGE.slice(0, found.policyOffset)).toMatch(/<meta charset="utf-8">$/);
    const bare = '<!doctype html><html><head><title>t</title></head></html>';
    expect(bare.slice(0, inlineSourcesOf(bare).policyOffset)).toMatch(/<head>$/);
  });
});

describe('insertMetaPolicy', () => {
  it('writes the policy as an escaped attribute at the offset', () => {
    const html = '<head><meta charset="utf-8"><script>x()</script></head>';
    const offset = inlineSourcesOf(html).policyOffset;
    expect(insertMetaPolicy(html, offset, `script-src 'self' "q" &`)).toBe(
      `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'self' &quot;q&quot; &amp;"><script>x()</script></head>`,
    );
  });
});

describe('mergeHashes and hashSource', () => {
  it('lists each hash once across pages', () => {
    const a = { scripts: ['1', '2'], styles: [], styleAttributes: ['s'] };
    const b = { scripts: ['2', '3'], styles: ['t'], styleAttributes: ['s'] };
    expect(mergeHashes([a, b])).toEqual({
      scripts: ['1', '2', '3'],
      styles: ['t'],
      styleAttributes: ['s'],
    });
  });

  it('is the CSP sha256 source of the UTF-8 text', () => {
    expect(hashSource('نظرة')).toBe(sha('نظرة'));
  });
});
