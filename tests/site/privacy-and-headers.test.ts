/*
 * The built site tells no other site where its readers come from, and carries the security
 * policy the build computed: every page has the no-referrer meta tag and the CSP meta tag;
 * every outbound link has rel="noreferrer noopener"; the host files exist and their policy
 * allows exactly the inline scripts and styles the pages have (hashed here independently).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages, loadPage, readBuilt } from './dist';

const pages = builtPages();
const isOutbound = (href: string) => /^([a-z][a-z\d+.-]*:)?\/\//i.test(href.trim());
const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The site-wide policy of dist/_headers, as directive → sources. */
function headerPolicy(): Map<string, string[]> {
  const line = readBuilt('_headers')
    .split('\n')
    .find((l) => l.trim().startsWith('Content-Security-Policy:'));
  if (!line) throw new Error('_headers has no Content-Security-Policy');
  return parsePolicy(line.trim().slice('Content-Security-Policy:'.length));
}

function parsePolicy(text: string): Map<string, string[]> {
  return new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('no Referer to another site', () => {
  it.each(pages)('%s asks for no Referer', (path) => {
    const meta = loadPage(path).querySelector('head meta[name="referrer"]');
    expect(meta?.getAttribute('content')).toBe('no-referrer');
  });

  it('every outbound link says noreferrer noopener', () => {
    const missing: string[] = [];
    let outbound = 0;
    for (const path of pages) {
      for (const link of loadPage(path).querySelectorAll('a[href], area[href]')) {
        if (!isOutbound(link.getAttribute('href')!)) continue;
        outbound++;
        const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('noreferrer') || !rel.includes('noopener'))
          missing.push(`${path}: ${link.getAttribute('href')}`);
      }
    }
    expect(missing).toEqual([]);
    // The lessons cite hundreds of sources: the check has something to check.
    expect(outbound).toBeGreaterThan(100);
  });
});

describe('the security policy', () => {
  const policy = headerPolicy();

  it('is strict: nothing from another origin, no inline code but the hashed', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    for (const directive of ['script-src', 'style-src']) {
      const sources = policy.get(directive)!;
      expect(sources).toContain("'self'");
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources.filter((s) => !s.startsWith("'") && s !== 'data:')).toEqual([]);
    }
    // Pagefind compiles WebAssembly.
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
  });

  it.each(pages)('%s has the policy as its first <meta> after the charset', (path) => {
    const document = loadPage(path);
    const head = [...document.querySelector('head')!.children];
    const index = head.findIndex((e) => e.getAttribute('http-equiv') === 'Content-Security-Policy');
    expect(index).toBe(head[0]?.hasAttribute('charset') ? 1 : 0);
    const meta = parsePolicy(head[index]!.getAttribute('content')!);
    // The meta form cannot carry frame-ancestors; everything else is the header's policy.
    const expected = new Map(policy);
    expected.delete('frame-ancestors');
    expect(meta).toEqual(expected);
  });

  it.each(pages)('%s runs and styles inline only what the policy allows', (path) => {
    const document = loadPage(path);
    const unlisted: string[] = [];
    for (const script of document.querySelectorAll('script:not([src])')) {
      const type = script.getAttribute('type') ?? '';
      if (type && type !== 'module' && !/javascript/i.test(type)) continue;
      if (!policy.get('script-src')!.includes(sha256(script.textContent!)))
        unlisted.push(`script: ${script.textContent!.slice(0, 60)}`);
    }
    for (const style of document.querySelectorAll('style')) {
      if (!policy.get('style-src')!.includes(sha256(style.textContent!)))
        unlisted.push(`style: ${style.textContent!.slice(0, 60)}`);
    }
    for (const element of document.querySelectorAll('[style]')) {
      if (!policy.get('style-src')!.includes(sha256(element.getAttribute('style')!)))
        unlisted.push(`style="${element.getAttribute('style')}"`);
    }
    expect(unlisted).toEqual([]);
  });

  it('is written for Netlify and Cloudflare Pages, nginx and Apache', () => {
    for (const file of ['_headers', 'nginx.conf', '.htaccess', 'ar/.htaccess'])
      expect(existsSync(join(DIST, file)), file).toBe(true);
    const csp = readBuilt('_headers').match(/Content-Security-Policy: (.*)/)![1]!;
    expect(readBuilt('nginx.conf')).toContain(
      `add_header Content-Security-Policy "${csp}" always;`,
    );
    expect(readBuilt('.htaccess')).toContain(`Header always set Content-Security-Policy "${csp}"`);
    expect(readBuilt('nginx.conf')).toContain('error_page 404 /ar/404.html;');
    expect(readBuilt('ar/.htaccess')).toContain('ErrorDocument 404 /ar/404.html');
  });
});

describe('not-found pages', () => {
  it.each([
    ['404.html', 'en', 'ltr'],
    ['ar/404.html', 'ar', 'rtl'],
  ])('%s is in its language', (path, lang, dir) => {
    const html = loadPage(path).documentElement;
    expect([html.getAttribute('lang'), html.getAttribute('dir')]).toEqual([lang, dir]);
  });

  it('leaves no /ar/404/ page behind', () => {
    expect(existsSync(join(DIST, 'ar/404/index.html'))).toBe(false);
  });
});
