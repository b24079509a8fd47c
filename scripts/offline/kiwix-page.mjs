/*
 * A page made for a Kiwix reader: the parts that cannot work inside a ZIM are removed whole,
 * so the reader sees no dead control.
 * - The search box: Pagefind loads its index from the site root, which a ZIM does not have.
 *   Kiwix's own search bar searches the ZIM's full-text index instead.
 * - The offline download (<course-offline>) and the service worker's registration: a ZIM is
 *   already offline, and Kiwix readers do not run service workers.
 * - The link to the web app manifest.
 * - The Content-Security-Policy <meta>: it is written for the course's web hosts. In Kiwix the
 *   reader is the host, and kiwix-serve adds its own search bar (scripts with inline handlers)
 *   to every page, which that policy would break.
 * And one style sheet is added (kiwix.css): room for kiwix-serve's bar above the course's header.
 */
const REMOVED = [
  /<site-search\b[\s\S]*?<\/site-search>/g,
  /<course-offline\b[\s\S]*?<\/course-offline>/g,
  /<link rel="manifest"[^>]*>/g,
  /<script type="module" src="[^"]*register-sw\.js"[^>]*><\/script>/g,
  /<link rel="apple-touch-icon"[^>]*>/g,
  /<meta http-equiv="Content-Security-Policy"[^>]*>/gi,
];

/** `html` without what cannot work in Kiwix; `styleHref` is kiwix.css relative to the page. */
export function forKiwix(html, styleHref) {
  const page = REMOVED.reduce((text, pattern) => text.replace(pattern, ''), html);
  return page.replace('</head>', `<link rel="stylesheet" href="${styleHref}"></head>`);
}
