/* Internal URLs of the built site, under Astro's `base` (BASE_PATH) when there is one. */
import { joinBase } from './base-path.mjs';

/** A root-relative path of the site, as a browser must request it: withBase('/l/1/'). */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
