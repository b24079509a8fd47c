/*
 * What a built page runs and styles inline, read with a standards-compliant HTML parser so the
 * text hashed is exactly the text the browser hashes; and the <meta> policy written into a
 * page for hosts that cannot send headers.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { InlineHashes } from './security-policy';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A CSP hash source for a piece of inline text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types a browser executes (a missing or empty type is classic JavaScript). */
const EXECUTABLE_SCRIPT = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

export interface PageInlineSources extends InlineHashes {
  /** Things the policy would block that no hash can allow (event handlers, javascript: URLs). */
  problems: string[];
  /**
   * Where a <meta> policy goes: at the start of <head>, before anything the policy governs (a
   * meta policy does not apply to what precedes it), but after a leading <meta charset>, which
   * must stay within the first 1024 bytes.
   */
  policyOffset: number;
}

const attribute = (element: Element, name: string) =>
  element.attrs.find((a) => a.name === name)?.value;

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) {
    yield node;
    if (node.tagName === 'template')
      yield* elements((node as DefaultTreeAdapterMap['template']).content);
  }
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
}

const textOf = (element: Element) =>
  element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');

function policyOffsetOf(head: Element | undefined): number {
  const headStart = head?.sourceCodeLocation?.startTag;
  if (!head || !headStart) throw new Error('the page has no <head> tag to put a policy in');
  const first = head.childNodes.find((n): n is Element => 'tagName' in n);
  const isCharset = first?.tagName === 'meta' && attribute(first, 'charset') !== undefined;
  return isCharset ? first.sourceCodeLocation!.endOffset : headStart.endOffset;
}

/** The inline scripts, styles and style attributes of one HTML page, as hash sources. */
export function inlineSourcesOf(html: string): PageInlineSources {
  const scripts: string[] = [];
  const styles: string[] = [];
  const styleAttributes: string[] = [];
  const problems: string[] = [];
  let head: Element | undefined;
  for (const element of elements(parse(html, { sourceCodeLocationInfo: true }))) {
    if (element.tagName === 'head') head ??= element;
    if (element.tagName === 'script' && attribute(element, 'src') === undefined) {
      if (EXECUTABLE_SCRIPT.test((attribute(element, 'type') ?? '').trim()))
        scripts.push(hashSource(textOf(element)));
    } else if (element.tagName === 'style') {
      styles.push(hashSource(textOf(element)));
    }
    for (const { name, value } of element.attrs) {
      if (name === 'style') styleAttributes.push(hashSource(value));
      else if (/^on/i.test(name)) problems.push(`<${element.tagName} ${name}="…">`);
      else if (/^\s*javascript:/i.test(value))
        problems.push(`<${element.tagName} ${name}="javascript:…">`);
    }
  }
  return { scripts, styles, styleAttributes, problems, policyOffset: policyOffsetOf(head) };
}

/** The union of several pages' inline hashes, each listed once. */
export function mergeHashes(pages: readonly InlineHashes[]): InlineHashes {
  const union = (pick: (p: InlineHashes) => readonly string[]) => [...new Set(pages.flatMap(pick))];
  return {
    scripts: union((p) => p.scripts),
    styles: union((p) => p.styles),
    styleAttributes: union((p) => p.styleAttributes),
  };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page with `policy` as a <meta http-equiv="Content-Security-Policy"> at `offset`. */
export function insertMetaPolicy(html: string, offset: number, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
  return html.slice(0, offset) + meta + html.slice(offset);
}
