/*
 * Left-to-right runs inside right-to-left text. In an Arabic sentence the Unicode bidi
 * algorithm moves the "@" of a handle to its far end (`moonbean_glow@`), the dot of `.org` to
 * the front, a number after a Latin word to the wrong side of it, and a citation mark after a
 * Latin word before the word. Wrapping each such run in `<bdi dir="ltr">` makes it one
 * isolated unit: it reads left to right inside, and the Arabic around it is laid out as if
 * the run were a single neutral character.
 *
 * `findLtrRuns` finds the runs in plain text; `isolateLtrRunsInHtml` applies it to the text
 * of every right-to-left element of a built page (src/middleware.ts), so content written
 * later is covered without anyone remembering to mark it up.
 */

const WORD = '[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*';
const patterns = [
  // @handles: @moonbean_glow, @Ministry_0f_Education
  String.raw`@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?`,
  // e-mail addresses
  String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`,
  // addresses and domains: https://example.org/a/b, www.example.org, bsr.org
  String.raw`(?:https?:\/\/)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?(?:\/[\w\-.~%/?#=&+]*[\w\-~%/#=&+])?\/?`,
  // ISO dates (which Arabic text should not contain, but must not scramble if it does)
  String.raw`\d{4}-\d{2}(?:-\d{2})?(?!\d)`,
  // number ranges with a dash: 2014–2019, 0–5, 20–30%
  String.raw`\d+(?:[.,]\d+)*%?\s?[–—-]\s?\d+(?:[.,]\d+)*%?`,
  // Latin runs: words joined tightly (COVID-19, Meta's, 4chan) or by spaces, commas, "&" or
  // a spaced dash (Christchurch Call, Tech Against Terrorism); a trailing bare number joined
  // by a space stays outside, so "Twitter 12 نوفمبر" keeps the day with its month.
  `${WORD}(?:[-._/:+'’][A-Za-z0-9]+|(?:,? +|\\s*&\\s*|\\s+[-–—]\\s+)${WORD})*`,
];
const LTR_RUN = new RegExp(patterns.join('|'), 'g');

export interface TextSegment {
  text: string;
  ltr: boolean;
}

/** Splits text into left-to-right runs that need isolating and the text between them. */
export function findLtrRuns(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), ltr: false });
    segments.push({ text: match[0], ltr: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), ltr: false });
  return segments;
}

/** Does this text contain a run that would be scrambled without isolation? */
export const hasLtrRun = (text: string) => findLtrRuns(text).some((s) => s.ltr);

// --- HTML ---------------------------------------------------------------------------------

/** Elements whose text is not prose, or is already isolated or laid out on purpose. */
const SKIP = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'template',
  'bdi',
  'bdo',
  'select',
  'option',
  'head',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\/?([A-Za-z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const DIR_ATTRIBUTE = /(?:^|\s)dir\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

interface OpenElement {
  name: string;
  dir?: string;
  skip: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references a built page uses; undefined if it meets another one. */
function decode(html: string): string | undefined {
  let unknown = false;
  const text = html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const character = ENTITIES[name];
    if (character === undefined) unknown = true;
    return character ?? reference;
  });
  return unknown ? undefined : text;
}

const encode = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Wraps every left-to-right run of one text node in <bdi dir="ltr">, or returns it as is. */
function isolateText(html: string): string {
  const text = decode(html);
  if (text === undefined) return html;
  const segments = findLtrRuns(text);
  if (!segments.some((s) => s.ltr)) return html;
  // A hand-typed direction mark beside an isolated run is no longer needed.
  return segments
    .map((s, i) => {
      if (s.ltr) return `<bdi dir="ltr">${encode(s.text)}</bdi>`;
      let plain = s.text;
      if (segments[i + 1]?.ltr) plain = plain.replace(/[\u200e\u200f\u061c]+$/, '');
      if (segments[i - 1]?.ltr) plain = plain.replace(/^[\u200e\u200f\u061c]+/, '');
      return encode(plain);
    })
    .join('');
}

/**
 * Isolates the left-to-right runs in the right-to-left text of an HTML page (a page is
 * right-to-left where an element, usually <html>, says `dir="rtl"`). Only text nodes
 * change; tags, attributes, scripts and styles come out byte for byte. Text inside code,
 * inside an element that sets its own `dir`, and inside <bdi> is left alone.
 */
export function isolateLtrRunsInHtml(html: string): string {
  const stack: OpenElement[] = [];
  let out = '';
  let last = 0;

  const direction = () => {
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i]!.skip) return 'skip';
      if (stack[i]!.dir) return stack[i]!.dir;
    }
    return 'ltr';
  };
  const flushText = (end: number) => {
    if (end <= last) return;
    const text = html.slice(last, end);
    out += direction() === 'rtl' && text.trim() ? isolateText(text) : text;
  };

  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    flushText(match.index);
    const [token, rawName, attributes = ''] = match;
    out += token;
    last = TOKEN.lastIndex;
    if (!rawName) continue; // a comment or a doctype
    const name = rawName.toLowerCase();
    if (token.startsWith('</')) {
      const index = stack.map((e) => e.name).lastIndexOf(name);
      if (index !== -1) stack.length = index;
      continue;
    }
    if (VOID.has(name) || token.endsWith('/>')) continue;
    if (RAW_TEXT.has(name)) {
      // Copy a script's or style's content untouched, up to its end tag.
      const endTag = new RegExp(`</${name}`, 'ig');
      endTag.lastIndex = last;
      const stop = endTag.exec(html)?.index ?? html.length;
      out += html.slice(last, stop);
      last = stop;
      TOKEN.lastIndex = stop;
      continue;
    }
    const dirMatch = DIR_ATTRIBUTE.exec(attributes);
    const dir = dirMatch ? (dirMatch[1] ?? dirMatch[2] ?? dirMatch[3])!.toLowerCase() : undefined;
    stack.push({ name, dir, skip: SKIP.has(name) });
  }
  flushText(html.length);
  return out;
}

/** The direction a whole page declares on its <html> element. */
export function pageDirection(html: string): 'ltr' | 'rtl' {
  const tag = /<html\b((?:"[^"]*"|'[^']*'|[^'">])*)>/i.exec(html);
  const dir = tag && DIR_ATTRIBUTE.exec(tag[1]!);
  return dir && (dir[1] ?? dir[2] ?? dir[3])?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}
