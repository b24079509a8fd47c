/*
 * The header rules (security-policy.ts) written in each host's own configuration language:
 * `_headers` for Netlify and Cloudflare Pages, a location snippet for nginx, `.htaccess` for
 * Apache. Each host also serves a language's own not-found page under that language's folder
 * (`/ar/404.html` for `/ar/…`) where its configuration can say so.
 */
import { patternMatches, type HeaderRule, type Headers } from './security-policy';

export interface HostOptions {
  rules: readonly HeaderRule[];
  /** The path the site is served under, with slashes at both ends ("/" or "/course/"). */
  base: string;
  /** Folders below `base` that have their own 404.html (e.g. ["ar/"]); the root always has one. */
  notFoundFolders: readonly string[];
}

const GENERATED = 'Written by `npm run build` (src/hosting). Do not edit: rebuild instead.';

/** Does the general pattern match every path the specific one does? */
function covers(general: string, specific: string): boolean {
  if (!general.endsWith('*')) return general === specific;
  return specific.startsWith(general.slice(0, -1));
}

/**
 * Netlify's and Cloudflare Pages' `_headers`. Both apply every rule that matches a path;
 * where a later rule sets a header an earlier one already set, Cloudflare would join the two
 * values, so the later rule first detaches it (`! Name`, Cloudflare's syntax) and sets its own.
 */
export function headersFile({ rules }: HostOptions): string {
  const blocks = rules.map((rule, index) => {
    const inherited = new Set(
      rules
        .slice(0, index)
        .filter((earlier) => covers(earlier.pattern, rule.pattern))
        .flatMap((earlier) => Object.keys(earlier.headers)),
    );
    const lines = Object.entries(rule.headers).flatMap(([name, value]) => [
      ...(inherited.has(name) ? [`  ! ${name}`] : []),
      `  ${name}: ${value}`,
    ]);
    return [rule.pattern, ...lines].join('\n');
  });
  return [`# ${GENERATED}`, ...blocks].join('\n') + '\n';
}

/** Every location the nginx snippet needs: the site, each rule's path, each 404 folder. */
function nginxLocations({ rules, base, notFoundFolders }: HostOptions) {
  const folders = notFoundFolders.map((folder) => base + folder);
  const prefixes = new Set([base, ...folders]);
  const exact = new Set<string>();
  for (const { pattern } of rules) {
    if (pattern.endsWith('*')) prefixes.add(pattern.slice(0, -1));
    else exact.add(pattern);
  }
  // The headers of every rule that applies to all of a location's paths, later ones winning.
  const headersOf = (applies: (rule: HeaderRule) => boolean): Headers =>
    Object.assign({}, ...rules.filter(applies).map((rule) => rule.headers));
  const notFoundPage = (path: string) =>
    (folders.filter((folder) => path.startsWith(folder)).sort((a, b) => b.length - a.length)[0] ??
      base) + '404.html';
  return [
    ...[...prefixes].sort().map((prefix) => ({
      match: prefix,
      headers: headersOf((rule) => covers(rule.pattern, `${prefix}*`)),
      notFound: notFoundPage(prefix),
    })),
    ...[...exact].sort().map((path) => ({
      match: `= ${path}`,
      headers: headersOf((rule) => patternMatches(rule.pattern, path)),
      notFound: notFoundPage(path),
    })),
  ];
}

const nginxString = (value: string) => `"${value.replace(/(["\\$])/g, '\\$1')}"`;

/**
 * An nginx snippet to include in the `server { }` that serves the site. A location's
 * `add_header` replaces every inherited one, so each location repeats the full set.
 */
export function nginxConfig(options: HostOptions): string {
  const blocks = nginxLocations(options).map(({ match, headers, notFound }) =>
    [
      `location ${match} {`,
      ...Object.entries(headers).map(
        ([name, value]) => `    add_header ${name} ${nginxString(value)} always;`,
      ),
      `    error_page 404 ${notFound};`,
      '}',
    ].join('\n'),
  );
  return (
    [
      `# ${GENERATED}`,
      '# Include it inside the server { } block that serves the course (see docs/deploy.md).',
      `location = ${options.base}nginx.conf {\n    return 404;\n}`,
      ...blocks,
    ].join('\n') + '\n'
  );
}

const apacheString = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;
const regexEscape = (value: string) => value.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');

/** Apache's `.htaccess` for the site's root folder (needs mod_headers and AllowOverride FileInfo). */
export function htaccess({ rules, base }: HostOptions): string {
  const set = (headers: Record<string, string>, indent: string) =>
    Object.entries(headers).map(
      ([name, value]) => `${indent}Header always set ${name} ${apacheString(value)}`,
    );
  const condition = (pattern: string) =>
    pattern.endsWith('*')
      ? `%{REQUEST_URI} =~ m#^${regexEscape(pattern.slice(0, -1))}#`
      : `%{REQUEST_URI} == '${pattern}'`;
  const [site, ...specific] = rules;
  return (
    [
      `# ${GENERATED}`,
      '<IfModule mod_headers.c>',
      ...(site ? set(site.headers, '  ') : []),
      ...specific.flatMap((rule) => [
        `  <If "${condition(rule.pattern)}">`,
        ...set(rule.headers, '    '),
        '  </If>',
      ]),
      '</IfModule>',
      `ErrorDocument 404 ${base}404.html`,
      // The nginx snippet is not a page (RedirectMatch needs only FileInfo, like the rest).
      `RedirectMatch 404 ^${regexEscape(base)}nginx\\.conf$`,
    ].join('\n') + '\n'
  );
}

/** The `.htaccess` of a folder with its own not-found page (`ar/.htaccess`). */
export function folderHtaccess(base: string, folder: string): string {
  return `# ${GENERATED}\nErrorDocument 404 ${base}${folder}404.html\n`;
}
