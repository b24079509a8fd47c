/*
 * A translation cannot run code: UI strings are printed as text, and strings that hold markup
 * get it from their component through an explicit placeholder (src/i18n/placeholder.ts). This
 * builds a copy of the site whose Arabic table carries HTML and reads the pages it makes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
// Inside the project, so the copy resolves the project's node_modules.
const DIR = join(ROOT, 'tests/.tmp/hostile-strings');

const hostile = {
  'lesson.audience': 'للأعمار {{age}} <img src=x onerror="alert(1)">',
  'lesson.updated': '<b onmouseover="alert(2)">آخر تحديث</b>: {{date}}',
  'lesson.undated': '<img src=y onerror="alert(3)">',
};

let page: (path: string) => string;

beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'])
    cpSync(join(ROOT, entry), join(DIR, entry), { recursive: true });
  const table = join(DIR, 'src/content/i18n/ar.json');
  writeFileSync(table, JSON.stringify({ ...JSON.parse(readFileSync(table, 'utf8')), ...hostile }));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: DIR,
    stdio: 'pipe',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  page = (path) => readFileSync(join(DIR, 'dist', path, 'index.html'), 'utf8');
}, 300_000);

afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('UI strings holding HTML', () => {
  it('are printed as text in the lesson facts and the "updated" line', () => {
    const html = page('ar/lessons/territory-to-timeline');
    expect(html).not.toMatch(/<img src=x/);
    expect(html).not.toMatch(/<b onmouseover/);
    expect(html).toContain('&lt;img src=x onerror=');
    expect(html).toContain('&lt;b onmouseover=');
    // The placeholders are still filled with their markup.
    expect(html).toMatch(/للأعمار <bdi dir="ltr">\d+\+<\/bdi>/);
    expect(html).toMatch(/<time dir="ltr" datetime="[\d-]+">[\d-]+<\/time>/);
  });

  it('are printed as text in a citation of an undated source', () => {
    const html = page('ar/lessons/how-platforms-push-back');
    expect(html).not.toMatch(/<img src=y/);
    expect(html).toContain('&lt;img src=y onerror=');
  });
});
