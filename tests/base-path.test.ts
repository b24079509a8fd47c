/* Internal links follow the site's base (BASE_PATH), in code and in authored Markdown/MDX. */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isRootRelative, joinBase } from '../src/utils/base-path.mjs';
import { baseLinks } from '../src/plugins/base-links.mjs';

describe('joinBase', () => {
  it('puts the base in front of a root-relative path, once', () => {
    expect(joinBase('/course/', '/lessons/x/')).toBe('/course/lessons/x/');
    expect(joinBase('/course', '/l/1/')).toBe('/course/l/1/');
    expect(joinBase('/', '/ar/')).toBe('/ar/');
    expect(joinBase('/course/', '/')).toBe('/course/');
  });
  it('tells site paths from other links', () => {
    expect(isRootRelative('/glossary/')).toBe(true);
    expect(['//cdn.example/x', 'https://example.org/', '#quiz', 'x/'].map(isRootRelative)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('the base-links Markdown plugin', () => {
  const hastPlugins = [baseLinks({ base: '/course/' })];
  it('prefixes root-relative Markdown links and leaves the others alone', async () => {
    const { html } = await markdownToHtml(
      '[one](/lessons/x/) [two](https://example.org/) [three](#quiz) [four](/ar/glossary/#term)',
      { hastPlugins },
    );
    expect(html).toContain('href="/course/lessons/x/"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="#quiz"');
    expect(html).toContain('href="/course/ar/glossary/#term"');
  });
  it('prefixes the links of MDX components', async () => {
    const { code } = await mdxToJs(
      '<LinkCard title="G" href="/glossary/" />\n\nSee <a href="/sources/">sources</a>.',
      { hastPlugins },
    );
    expect(code).toContain('"/course/glossary/"');
    expect(code).toContain('"/course/sources/"');
    expect(code).not.toMatch(/"\/(glossary|sources)\/"/);
  });
});
