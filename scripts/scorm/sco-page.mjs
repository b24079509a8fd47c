/*
 * A built lesson page made into a SCORM SCO page: the lesson (text, quiz, exercises, sources)
 * without the site around it, since the LMS is the learner's way between lessons.
 *
 * - Removed: the header (title link, search, theme and language switches), the sidebar, the
 *   pagination, the service worker's registration and the web app manifest (an LMS serves the
 *   package from its own address; a worker there would cache the LMS), and head links that
 *   name the live site (canonical, alternates, Open Graph).
 * - Links to other course pages (teacher guide, the check…) are not in the package: they open
 *   the live site in a new tab when its address is known (SITE_URL), or become plain text. A
 *   link to another lesson is treated the same way even inside the course package: a SCO that
 *   loads another SCO's page would report that lesson's score as its own.
 * - Links to other sites (sources) open in a new tab, so the LMS frame keeps the lesson.
 * - The bridge to the LMS runs first, as a classic script (it restores saved progress into
 *   localStorage before the page's modules read it); the Content-Security-Policy <meta> still
 *   applies and allows it, as a file from 'self'.
 *
 * Elements are cut out by their source positions (parse5), so everything kept is byte for byte
 * what the build wrote, and the policy's hashes of inline scripts and styles stay valid.
 */
import { parse } from 'parse5';
import { relativizeHtml } from '../offline/relative-links.mjs';

const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
const classes = (element) => (attr(element, 'class') ?? '').split(/\s+/);

const REMOVED_LINKS =
  /^(canonical|alternate|sitemap|manifest|apple-touch-icon|shortcut icon|icon)$/;

/** Elements a SCO page leaves out, whole. */
function removed(element) {
  const { tagName: tag } = element;
  if (tag === 'header') return classes(element).includes('header');
  if (tag === 'nav') return classes(element).includes('sidebar');
  if (tag === 'div') return classes(element).includes('pagination-links');
  if (tag === 'link') return REMOVED_LINKS.test(attr(element, 'rel') ?? '');
  if (tag === 'meta')
    return /^(og|twitter):/.test(attr(element, 'property') ?? attr(element, 'name') ?? '');
  if (tag === 'script') return /register-sw\.js$/.test(attr(element, 'src') ?? '');
  return ['site-search', 'starlight-lang-select', 'course-offline'].includes(tag);
}

const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

function startTag(tagName, attrs) {
  const written = attrs.map(({ name, value }) =>
    value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
  );
  return `<${tagName}${written.join('')}>`;
}

/** rel with noopener and noreferrer added: a new tab learns nothing about the lesson. */
function outboundRel(rel) {
  const tokens = (rel ?? '').split(/\s+/).filter(Boolean);
  for (const token of ['noopener', 'noreferrer']) if (!tokens.includes(token)) tokens.push(token);
  return tokens.join(' ');
}

function withAttributes(attrs, changes) {
  const kept = attrs.filter(({ name }) => !(name in changes));
  const added = Object.entries(changes)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => ({ name, value }));
  return [...kept, ...added];
}

function* elements(node) {
  if (node.tagName) yield node;
  if (node.tagName === 'template') yield* elements(node.content);
  // Children of a removed element are not visited: their edits would overlap its removal.
  if (node.childNodes && !(node.tagName && removed(node)))
    for (const child of node.childNodes) yield* elements(child);
}

/**
 * @param {string} html the built page
 * @param {object} options
 * @param {string} options.file where the page lies inside the package ("index.html")
 * @param {string} options.pagePath the page's own address on the site ("/ar/lessons/x/")
 * @param {string} options.lesson the lesson's slug
 * @param {string} options.bridgeHref the bridge script, relative to the page
 * @param {string} options.styleHref the package's style sheet, relative to the page
 * @param {string} [options.siteUrl] the live site ("https://…"), for links to other pages
 * @param {string} [options.base] the site's BASE_PATH
 * @returns {{ html: string, questions: number }}
 */
export function scoPage(
  html,
  { file, pagePath, lesson, bridgeHref, styleHref, siteUrl, base = '/' },
) {
  const edits = [];
  const cut = (start, end, text = '') => edits.push({ start, end, text });
  const retag = (element, attrs) => {
    const { startOffset, endOffset } = element.sourceCodeLocation.startTag;
    cut(startOffset, endOffset, startTag(element.tagName, attrs));
  };
  const live = siteUrl?.replace(/\/+$/, '');
  let questions = 0;
  let bridgeAt;
  let htmlElement;

  for (const element of elements(parse(html, { sourceCodeLocationInfo: true }))) {
    const location = element.sourceCodeLocation;
    if (!location) continue;
    if (removed(element)) {
      cut(location.startOffset, location.endOffset);
      continue;
    }
    const href = attr(element, 'href') ?? '';
    if (element.tagName === 'html') htmlElement = element;
    else if (element.tagName === 'meta' && attr(element, 'charset'))
      bridgeAt ??= location.endOffset;
    else if (
      element.tagName === 'meta' &&
      /content-security-policy/i.test(attr(element, 'http-equiv') ?? '')
    )
      bridgeAt = location.endOffset;
    else if (element.tagName === 'div' && classes(element).includes('quiz-question')) questions++;
    else if (element.tagName === 'a' && /^https?:\/\//i.test(href)) {
      retag(
        element,
        withAttributes(element.attrs, { target: '_blank', rel: outboundRel(attr(element, 'rel')) }),
      );
    } else if (element.tagName === 'a' && href.startsWith('/') && !href.startsWith('//')) {
      const [path, fragment = ''] = href.split('#');
      if (path === pagePath) {
        retag(
          element,
          withAttributes(element.attrs, { href: fragment ? `#${fragment}` : '#_top' }),
        );
      } else if (live) {
        retag(
          element,
          withAttributes(element.attrs, {
            href: live + href,
            target: '_blank',
            rel: outboundRel(attr(element, 'rel')),
          }),
        );
      } else {
        // Plain text: the words stay, the dead link goes.
        cut(location.startTag.startOffset, location.startTag.endOffset);
        if (location.endTag) cut(location.endTag.startOffset, location.endTag.endOffset);
      }
    }
  }
  if (!htmlElement || bridgeAt === undefined) throw new Error(`${pagePath}: not a built page`);
  retag(
    htmlElement,
    withAttributes(htmlElement.attrs, {
      'data-has-sidebar': null,
      'data-scorm-lesson': lesson,
      'data-scorm-questions': String(questions),
    }),
  );
  cut(bridgeAt, bridgeAt, `<script src="${bridgeHref}"></script>`);
  const headEnd = html.indexOf('</head>');
  cut(headEnd, headEnd, `<link rel="stylesheet" href="${styleHref}">`);

  let page = html;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start || b.end - a.end)) {
    page = page.slice(0, start) + text + page.slice(end);
  }
  return { html: relativizeHtml(page, file, base), questions };
}
