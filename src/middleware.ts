import { defineMiddleware } from 'astro:middleware';
import { isolateLtrRunsInHtml, pageDirection } from './utils/bidi';

/*
 * Every right-to-left page leaves the renderer with its Latin runs (handles, domains, Latin
 * names, number ranges) isolated in <bdi dir="ltr">, whether the text came from a lesson's
 * MDX, a quiz's YAML, the glossary or a UI string. See src/utils/bidi.ts.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const body = pageDirection(html) === 'rtl' ? isolateLtrRunsInHtml(html) : html;
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
