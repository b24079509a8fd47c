// @ts-check
/*
 * The site can be served under a sub-path (BASE_PATH=/course/, Astro's `base`). Every internal
 * URL the site writes goes through joinBase: the components through withBase()
 * (src/utils/urls.ts), authored Markdown links through rehype-base-links.
 */

/** Is this a path on this site written from its root, such as `/lessons/x/`? */
export function isRootRelative(/** @type {string} */ url) {
  return url.startsWith('/') && !url.startsWith('//');
}

/** `base` + a root-relative path: joinBase('/course/', '/lessons/x/') is '/course/lessons/x/'. */
export function joinBase(/** @type {string} */ base, /** @type {string} */ path) {
  const prefix = base.replace(/\/+$/, '');
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}
