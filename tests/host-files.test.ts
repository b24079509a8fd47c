import { describe, expect, it } from 'vitest';
import {
  folderHtaccess,
  headersFile,
  htaccess,
  nginxConfig,
  type HostOptions,
} from '../src/hosting/host-files';
import type { HeaderRule } from '../src/hosting/security-policy';

const SITE: HeaderRule = {
  pattern: '/*',
  headers: {
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'Referrer-Policy': 'no-referrer',
  },
};
const EMBED: HeaderRule = {
  pattern: '/embed/*',
  headers: { 'Content-Security-Policy': "default-src 'none'; frame-ancestors *" },
};
const options = (rules: HeaderRule[], base = '/'): HostOptions => ({
  rules,
  base,
  notFoundFolders: ['ar/'],
});

describe('headersFile (Netlify, Cloudflare Pages)', () => {
  it('writes each rule as a path and its indented headers', () => {
    expect(headersFile(options([SITE]))).toBe(
      [
        '# Written by `npm run build` (src/hosting). Do not edit: rebuild instead.',
        '/*',
        "  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
        '  Referrer-Policy: no-referrer',
        '',
      ].join('\n'),
    );
  });

  it('detaches a header a broader rule set before setting its own', () => {
    const text = headersFile(options([SITE, EMBED]));
    expect(text).toContain(
      "/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'none'; frame-ancestors *\n",
    );
  });
});

describe('nginxConfig', () => {
  it('repeats every header in each location, since add_header does not inherit', () => {
    const text = nginxConfig(options([SITE, EMBED]));
    const location = (match: string) =>
      new RegExp(`location ${match} \\{\\n([^}]*)\\}`).exec(text)?.[1] ?? '';
    expect(location('/')).toContain(
      `add_header Content-Security-Policy "default-src 'none'; frame-ancestors 'none'" always;`,
    );
    expect(location('/')).toContain('add_header Referrer-Policy "no-referrer" always;');
    expect(location('/')).toContain('error_page 404 /404.html;');
    expect(location('/ar/')).toContain('add_header Referrer-Policy "no-referrer" always;');
    expect(location('/ar/')).toContain('error_page 404 /ar/404.html;');
    expect(location('/embed/')).toContain('frame-ancestors *" always;');
    expect(location('/embed/')).toContain('add_header Referrer-Policy "no-referrer" always;');
    expect(location('/embed/')).not.toContain("frame-ancestors 'none'");
    expect(text).toContain('location = /nginx.conf {\n    return 404;\n}');
  });

  it('escapes quotes and variables in values', () => {
    const rule = { pattern: '/*', headers: { 'X-Test': 'a "b" $c' } };
    expect(nginxConfig(options([rule]))).toContain('add_header X-Test "a \\"b\\" \\$c" always;');
  });

  it('works under a sub-path', () => {
    const text = nginxConfig(options([{ ...SITE, pattern: '/course/*' }], '/course/'));
    expect(text).toContain('location /course/ {');
    expect(text).toContain('location /course/ar/ {');
    expect(text).toContain('error_page 404 /course/ar/404.html;');
    expect(text).not.toMatch(/location \/ \{/);
  });
});

describe('htaccess (Apache)', () => {
  it('sets the site headers, overrides per path, and names the 404 page', () => {
    const text = htaccess(options([SITE, EMBED]));
    expect(text).toContain(
      `  Header always set Content-Security-Policy "default-src 'none'; frame-ancestors 'none'"`,
    );
    expect(text).toContain(
      `  <If "%{REQUEST_URI} =~ m#^/embed/#">\n    Header always set Content-Security-Policy "default-src 'none'; frame-ancestors *"\n  </If>`,
    );
    expect(text).toContain('ErrorDocument 404 /404.html');
    expect(text).toContain('RedirectMatch 404 ^/nginx\\.conf$');
    expect(text).not.toMatch(/Require|Order|Deny/);
  });

  it('gives a language folder its own 404 page', () => {
    expect(folderHtaccess('/course/', 'ar/')).toContain('ErrorDocument 404 /course/ar/404.html');
  });
});
