/*
 * A translation cannot run code: UI strings are printed as text, and strings that hold markup
 * get it from their component through an explicit placeholder (src/i18n/placeholder.ts). This
 * builds the one-lesson fixture with an Arabic table that carries HTML and reads the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/fixture-site';

const hostile = {
  'lesson.audience': 'للأعمار {{age}} <img src=x onerror="alert(1)">',
  'lesson.updated': '<b onmouseover="alert(2)">آخر تحديث</b>: {{date}}',
  'lesson.undated': '<img src=y onerror="alert(3)">',
};

let build: FixtureBuild;
let html = '';
const textOf = (page: string) => parseHTML(page).document.body.textContent ?? '';

beforeAll(() => {
  build = buildFixture('hostile-strings', {
    edits: {
      'src/content/i18n/ar.json': (text) => JSON.stringify({ ...JSON.parse(text), ...hostile }),
      // An undated source, so its citation prints the "undated" string.
      'src/content/docs/ar/lessons/territory-to-timeline.mdx': (text) =>
        text.replace('date: 2017-09-19', 'date: undated'),
    },
  });
  if (!build.ok) throw new Error(`the fixture did not build:\n${build.output}`);
  html = readFileSync(join(build.dist, 'ar/lessons/territory-to-timeline/index.html'), 'utf8');
}, 300_000);

afterAll(() => build?.cleanUp());

describe('UI strings holding HTML', () => {
  it('are printed as text in the lesson facts and the "updated" line', () => {
    expect(html).not.toMatch(/<img src=x/);
    expect(html).not.toMatch(/<b onmouseover/);
    // Shown as text (Latin runs in Arabic text come isolated in <bdi>: src/utils/bidi.ts).
    expect(textOf(html)).toContain('<img src=x onerror=');
    expect(textOf(html)).toContain('<b onmouseover=');
    // The placeholders are still filled with their markup.
    expect(html).toMatch(/للأعمار <bdi dir="ltr">\d+\+<\/bdi>/);
    expect(html).toMatch(/<time datetime="[\d-]+">[^<]+<\/time>/);
  });

  it('are printed as text in a citation of an undated source', () => {
    expect(html).not.toMatch(/<img src=y/);
    expect(textOf(html)).toContain('<img src=y onerror=');
  });
});
