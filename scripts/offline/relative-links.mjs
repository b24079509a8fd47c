/*
 * Internal links made relative, for readers that serve the course under a prefix they choose
 * (Kiwix: kiwix-serve under /content/<name>/, the Android and desktop apps under their own
 * schemes). A ZIM has no "folder index": /lessons/x/ must be written lessons/x/index.html.
 * So every root-relative address in HTML (href, src, action, srcset, <option value>, a meta
 * refresh) and in CSS (url(...)) becomes a path relative to the file that holds it, with
 * index.html added to folder addresses. Fragments and queries are kept; other sites' addresses,
 * data: and protocol-relative addresses are left alone.
 */
import { posix } from 'node:path';

/**
 * The address of `target` (root-relative, e.g. "/lessons/x/#quiz") relative to the file
 * `fromFile` (a path inside the site, e.g. "ar/lessons/y/index.html"), folders → index.html.
 * `base` ("/course/") is removed first when the site was built under a prefix.
 */
export function relativeAddress(fromFile, target, base = '/') {
  if (!target.startsWith('/') || target.startsWith('//')) return target;
  const match = /^([^?#]*)(.*)$/.exec(target);
  let path = match[1];
  const rest = match[2];
  if (base !== '/' && (path + '/').startsWith(base)) path = '/' + path.slice(base.length);
  if (path.endsWith('/')) path += 'index.html';
  const fromDir = posix.dirname(`/${fromFile}`);
  let relative = posix.relative(fromDir, path);
  if (relative === '') relative = posix.basename(path);
  return relative + rest;
}

const HTML_ATTRIBUTE = /(\s(?:href|src|action|poster|data-href)=)(["'])(\/(?!\/)[^"']*)\2/g;
const OPTION_VALUE = /(<option\b[^>]*?\svalue=)(["'])(\/(?!\/)[^"']*)\2/g;
const SRCSET = /(\ssrcset=)(["'])([^"']*)\2/g;
const REFRESH = /(<meta\b[^>]*content=["']\d+;\s*url=)(\/(?!\/)[^"']*)/gi;
const CSS_URL = /url\((["']?)(\/(?!\/)[^"')]*)\1\)/g;

/** An HTML page's internal addresses made relative to the page at `file`. */
export function relativizeHtml(html, file, base = '/') {
  const to = (target) => relativeAddress(file, target, base);
  return html
    .replace(HTML_ATTRIBUTE, (_, before, quote, target) => `${before}${quote}${to(target)}${quote}`)
    .replace(OPTION_VALUE, (_, before, quote, target) => `${before}${quote}${to(target)}${quote}`)
    .replace(SRCSET, (_, before, quote, list) => {
      const items = list.split(',').map((item) => {
        const [url, ...descriptor] = item.trim().split(/\s+/);
        return [to(url), ...descriptor].join(' ');
      });
      return `${before}${quote}${items.join(', ')}${quote}`;
    })
    .replace(REFRESH, (_, before, target) => `${before}${to(target)}`);
}

/** A style sheet's url(/…) references made relative to the sheet at `file`. */
export function relativizeCss(css, file, base = '/') {
  return css.replace(
    CSS_URL,
    (_, quote, target) => `url(${quote}${relativeAddress(file, target, base)}${quote})`,
  );
}

/*
 * Vite's preload helper (in _astro/) prefixes the site's base to the files it preloads before a
 * dynamic import: function(e){return`/`+e}. The import itself is relative and works anywhere;
 * the preload is made relative to the helper's own file (_astro/ is one level below the root).
 */
const PRELOAD_BASE = /function\((\w)\)\{return`([^`]*)`\+\1\}/;

/** The preload helper's base made relative; null when `js` is not the helper. */
export function relativizePreloadHelper(js, base = '/') {
  const match = PRELOAD_BASE.exec(js);
  if (!match || match[2] !== base || !js.includes('modulepreload')) return null;
  return js.replace(
    PRELOAD_BASE,
    (_, name) => `function(${name}){return new URL(\`../\`+${name},import.meta.url).href}`,
  );
}
