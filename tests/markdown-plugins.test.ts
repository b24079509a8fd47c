import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { COURSE_HAST_PLUGINS } from '../src/markdown/plugins';
import { isOutbound, outboundRel } from '../src/utils/outbound-links';

const html = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: COURSE_HAST_PLUGINS }).html;

describe('outbound links', () => {
  it('tells which addresses lead to another site', () => {
    for (const href of ['https://a.example/x', 'http://a.example', '//a.example', ' HTTPS://A'])
      expect(isOutbound(href), href).toBe(true);
    for (const href of ['/lessons/x/', '#quiz', '../x', 'mailto:a@b.example', 'x.html'])
      expect(isOutbound(href), href).toBe(false);
  });

  it('adds noreferrer and noopener to what rel already says', () => {
    expect(outboundRel(null)).toBe('noreferrer noopener');
    expect(outboundRel('external')).toBe('external noreferrer noopener');
    expect(outboundRel(['NoOpener'])).toBe('NoOpener noreferrer');
  });

  it('marks Markdown links to other sites and leaves the site’s own alone', () => {
    const out = html('[a](https://a.example/?x&y) [b](/lessons/x/) [c](#top)');
    expect(out).toContain('<a href="https://a.example/?x&amp;y" rel="noreferrer noopener">a</a>');
    expect(out).toContain('<a href="/lessons/x/">b</a>');
    expect(out).toContain('<a href="#top">c</a>');
  });

  it('marks <a> written as JSX in MDX', () => {
    const { code } = mdxToJs('Read <a href="https://a.example" rel="external">this</a>.\n', {
      hastPlugins: COURSE_HAST_PLUGINS,
    });
    expect(code).toContain('rel: "external noreferrer noopener"');
  });
});

describe('scrollable tables', () => {
  const table = '| Claim | Source |\n| --- | --- |\n| x | y |\n';

  it('wraps a table in a focusable group named by the heading above it', () => {
    expect(html(`## Step 1: "dates" & <b>\n\n${table}`)).toContain(
      '<div class="table-scroll" role="group" tabindex="0" aria-label="Step 1: &quot;dates&quot; &amp;"><table>',
    );
  });

  it('names a table without a heading by its column headings', () => {
    expect(html(`Some text.\n\n${table}`)).toContain(
      '<div class="table-scroll" role="group" tabindex="0" aria-label="Claim / Source"><table>',
    );
  });

  it('wraps each table once', () => {
    const out = html(`## A\n\n${table}\n## B\n\n${table}`);
    expect(out.match(/class="table-scroll"/g)).toHaveLength(2);
    expect(out).toContain('aria-label="B"');
  });
});
