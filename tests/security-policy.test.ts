import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFor,
  metaPolicy,
  serializePolicy,
  siteHeaderRules,
  type InlineHashes,
} from '../src/hosting/security-policy';

const HASHES: InlineHashes = {
  scripts: ["'sha256-b'", "'sha256-a'", "'sha256-a'"],
  styles: ["'sha256-s'"],
  styleAttributes: ["'sha256-attr'"],
};

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy(HASHES);

  it('allows the site itself and the hashed inline code, nothing else', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      "'sha256-a'",
      "'sha256-b'",
    ]);
    expect(policy.get('style-src')).toEqual([
      "'self'",
      "'unsafe-hashes'",
      "'sha256-s'",
      "'sha256-attr'",
    ]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it("needs 'unsafe-hashes' only when pages have style attributes", () => {
    const noAttributes = contentSecurityPolicy({ ...HASHES, styleAttributes: [] });
    expect(noAttributes.get('style-src')).toEqual(["'self'", "'sha256-s'"]);
  });

  it('lets a framable page name who may frame it', () => {
    const policy = contentSecurityPolicy(HASHES, ['https://school.example']);
    expect(policy.get('frame-ancestors')).toEqual(['https://school.example']);
  });

  it('serializes as directive sources; directive sources', () => {
    const small = new Map([
      ['default-src', ["'none'"]],
      ['img-src', ["'self'", 'data:']],
    ]);
    expect(serializePolicy(small)).toBe("default-src 'none'; img-src 'self' data:");
  });

  it('drops what a <meta> policy cannot carry', () => {
    const meta = metaPolicy(policy);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual([...policy.keys()].filter((k) => k !== 'frame-ancestors'));
  });
});

describe('siteHeaderRules and headersFor', () => {
  it('gives every path of the site the security headers', () => {
    const rules = siteHeaderRules({ hashes: HASHES, base: '/' });
    expect(rules.map((r) => r.pattern)).toEqual(['/*']);
    const headers = headersFor(rules, '/ar/lessons/x/');
    expect(Object.keys(headers).sort()).toEqual([
      'Content-Security-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
    ]);
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/);
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('serves a site under a sub-path with rules under that path', () => {
    const rules = siteHeaderRules({ hashes: HASHES, base: '/course/' });
    expect(rules.map((r) => r.pattern)).toEqual(['/course/*']);
    expect(headersFor(rules, '/other/')).toEqual({});
  });

  it('lets framable paths replace frame-ancestors and keep the rest', () => {
    const rules = siteHeaderRules({
      hashes: HASHES,
      base: '/',
      framable: [{ pattern: 'embed/*', frameAncestors: ['*'] }],
    });
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/embed/*']);
    const embed = headersFor(rules, '/embed/quiz-1/');
    expect(embed['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(embed['Content-Security-Policy']).not.toContain("frame-ancestors 'none'");
    expect(embed['Referrer-Policy']).toBe('no-referrer');
    expect(headersFor(rules, '/lessons/x/')['Content-Security-Policy']).toContain(
      "frame-ancestors 'none'",
    );
  });
});
