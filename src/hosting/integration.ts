/*
 * After the build: give each language its own not-found page file, hash what the pages run
 * inline, write the Content-Security-Policy into every page as a <meta> tag (for hosts that
 * cannot send headers), and write the security headers for Netlify and Cloudflare Pages
 * (_headers), nginx (nginx.conf) and Apache (.htaccess). See docs/deploy.md.
 */
import type { AstroIntegration } from 'astro';
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderHtaccess, headersFile, htaccess, nginxConfig, type HostOptions } from './host-files';
import { inlineSourcesOf, insertMetaPolicy, mergeHashes } from './inline-sources';
import {
  contentSecurityPolicy,
  metaPolicy,
  serializePolicy,
  siteHeaderRules,
  type SiteHeaderOptions,
} from './security-policy';

export interface CourseHostingOptions {
  /** Paths other sites may frame, and who may (see SiteHeaderOptions.framable). */
  framable?: SiteHeaderOptions['framable'];
}

/** Cloudflare Pages ignores `_headers` lines longer than this. */
const HEADER_LINE_LIMIT = 2000;

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) htmlFiles(path, out);
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/**
 * Starlight writes only the root 404.html. A language's own not-found page is built as
 * `<folder>/404/index.html` (src/pages/[...locale]/404.astro) and moved here to
 * `<folder>/404.html`, where hosts look for it. Returns the folders ("ar/").
 */
function moveFolderNotFoundPages(dist: string): string[] {
  const folders: string[] = [];
  for (const name of readdirSync(dist)) {
    const built = join(dist, name, '404', 'index.html');
    if (!existsSync(built)) continue;
    renameSync(built, join(dist, name, '404.html'));
    rmSync(join(dist, name, '404'), { recursive: true });
    folders.push(`${name}/`);
  }
  return folders;
}

const withSlashes = (base: string) => `/${base}/`.replace(/\/+/g, '/');

export function courseHosting(options: CourseHostingOptions = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'second-look-hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withSlashes(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const notFoundFolders = moveFolderNotFoundPages(dist);

        const pages = htmlFiles(dist).map((file) => {
          const html = readFileSync(file, 'utf8');
          return { file, html, ...inlineSourcesOf(html) };
        });
        const problems = pages.flatMap(({ file, problems }) =>
          problems.map((problem) => `${relative(dist, file)}: ${problem}`),
        );
        if (problems.length) {
          throw new Error(
            `Inline event handlers and javascript: URLs cannot be allowed by the site's Content-Security-Policy; use a script file instead:\n${problems.join('\n')}`,
          );
        }

        const hashes = mergeHashes(pages);
        const rules = siteHeaderRules({ hashes, base, framable: options.framable });
        const meta = serializePolicy(metaPolicy(contentSecurityPolicy(hashes)));
        for (const { file, html, policyOffset } of pages)
          writeFileSync(file, insertMetaPolicy(html, policyOffset, meta));

        const host: HostOptions = { rules, base, notFoundFolders };
        const headers = headersFile(host);
        writeFileSync(join(dist, '_headers'), headers);
        writeFileSync(join(dist, 'nginx.conf'), nginxConfig(host));
        writeFileSync(join(dist, '.htaccess'), htaccess(host));
        for (const folder of notFoundFolders)
          writeFileSync(join(dist, folder, '.htaccess'), folderHtaccess(base, folder));

        const longest = Math.max(...headers.split('\n').map((line) => line.length));
        if (longest > HEADER_LINE_LIMIT)
          logger.warn(
            `_headers has a ${longest}-character line; Cloudflare Pages ignores lines over ${HEADER_LINE_LIMIT}.`,
          );
        logger.info(
          `Content-Security-Policy with ${hashes.scripts.length} inline scripts, ${hashes.styles.length} inline styles and ${hashes.styleAttributes.length} style attributes hashed, in ${pages.length} pages and in _headers, nginx.conf, .htaccess` +
            (notFoundFolders.length
              ? `; not-found pages for ${notFoundFolders.map((f) => '/' + f).join(', ')}`
              : ''),
        );
      },
    },
  };
}
