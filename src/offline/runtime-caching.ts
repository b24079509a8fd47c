/*
 * The service worker's routes (Workbox runtimeCaching), in order; only requests to the site's
 * own origin and under its base match, so nothing from another origin is ever cached.
 * - Pages (navigations, and the first page a learner opened, which register-sw.js hands over
 *   as a request accepting text/html): network first, so a connected learner always reads the latest
 *   version; the copy kept is used offline; a page never kept shows the offline page of the
 *   language its address is in.
 * - Files whose names carry a content hash (_astro/, the search index's parts): cache first.
 * - Anything else of the site (search entry point, manifests, icons): network first.
 * Workbox writes these functions into sw.js as source text, so the base and the language
 * folders are written into their source here, not captured from this module.
 */
import type { RuntimeCaching } from 'workbox-build';

export const PAGES_CACHE = 'second-look-pages';
export const FILES_CACHE = 'second-look-files';
/** What the offline download keeps, by revision (src/scripts/course-offline.ts). */
export const STATE_CACHE = 'second-look-offline';

interface Fallback {
  /** The language's folder: "/ar/"; the default language's is the base itself. */
  prefix: string;
  /** Its offline page, as precached: "/ar/offline/index.html". */
  page: string;
}

type Matcher = RuntimeCaching['urlPattern'];
const matcher = (body: string) =>
  new Function('{ url, request, sameOrigin }', body) as unknown as Matcher;

export function runtimeCaching({
  base,
  fallbacks,
}: {
  base: string;
  fallbacks: Fallback[];
}): RuntimeCaching[] {
  const inSite = `sameOrigin && url.pathname.startsWith(${JSON.stringify(base)})`;
  // Longest folder first, so /ar/ wins over the root's /.
  const byFolder = [...fallbacks].sort((a, b) => b.prefix.length - a.prefix.length);
  const pages: RuntimeCaching[] = byFolder.map(({ prefix, page }) => ({
    urlPattern: matcher(
      `return (request.mode === 'navigate' || request.headers.get('accept') === 'text/html') && ${inSite} && url.pathname.startsWith(${JSON.stringify(prefix)});`,
    ),
    handler: 'NetworkFirst',
    options: {
      cacheName: PAGES_CACHE,
      networkTimeoutSeconds: 10,
      precacheFallback: { fallbackURL: page },
    },
  }));
  const hashed = `(url.pathname.startsWith(${JSON.stringify(`${base}_astro/`)}) || /\\/pagefind\\/(index|fragment)\\/|\\.pf_meta$/.test(url.pathname))`;
  return [
    ...pages,
    {
      urlPattern: matcher(`return ${inSite} && request.method === 'GET' && ${hashed};`),
      handler: 'CacheFirst',
      options: { cacheName: FILES_CACHE },
    },
    {
      urlPattern: matcher(
        `return ${inSite} && request.method === 'GET' && request.mode !== 'navigate';`,
      ),
      handler: 'NetworkFirst',
      // Pagefind asks for pagefind-entry.json?ts=<now>: the copy kept answers any query.
      options: {
        cacheName: FILES_CACHE,
        networkTimeoutSeconds: 10,
        matchOptions: { ignoreSearch: true },
      },
    },
  ];
}
