/*
 * HTML transforms for every Markdown and MDX page (Astro's Sätteri processor):
 * - outbound links get rel="noreferrer noopener", so no other site learns what the reader
 *   was studying;
 * - tables sit in a scroll region a keyboard can reach: at phone width a lesson table is wider
 *   than the screen, and a region that scrolls must be focusable to be scrolled without a
 *   mouse (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
import {
  defineHastPlugin,
  type HastFilteredVisitor,
  type HastNode,
  type HastVisitorContext,
  type MdxJsxFlowElementHast,
  type MdxJsxTextElementHast,
} from 'satteri';
import { isOutbound, outboundRel } from '../utils/outbound-links';

type JsxElement = MdxJsxTextElementHast | MdxJsxFlowElementHast;
const jsxAttribute = (node: JsxElement, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

/** <a> written as JSX in an MDX file. */
const jsxAnchors: HastFilteredVisitor<JsxElement> = {
  filter: ['a'],
  visit(node, ctx) {
    const href = jsxAttribute(node, 'href');
    if (href === undefined || !isOutbound(href)) return;
    ctx.setProperty(node, 'rel', outboundRel(jsxAttribute(node, 'rel')));
  },
};

export const outboundLinksPlugin = defineHastPlugin({
  name: 'second-look-outbound-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.href;
      if (typeof href !== 'string' || !isOutbound(href)) return;
      const rel = node.properties?.rel as string | string[] | undefined;
      ctx.setProperty(node, 'rel', outboundRel(rel).split(' '));
    },
  },
  mdxJsxTextElement: jsxAnchors,
  mdxJsxFlowElement: jsxAnchors,
});

type Element = Extract<HastNode, { type: 'element' }>;

const isElement = (node: HastNode | undefined, ...tags: string[]): node is Element =>
  node?.type === 'element' && tags.includes(node.tagName);

const HEADING = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * The name a table's scroll region is announced with: the heading the table sits under, or
 * else its column headings. Both are in the page's own language.
 */
function tableLabel(table: Element, ctx: HastVisitorContext): string {
  const parent = ctx.parent(table);
  const index = ctx.indexOf(table);
  if (parent && index !== undefined) {
    const heading = parent.children
      .slice(0, index)
      .reverse()
      .find((node) => isElement(node as HastNode, ...HEADING));
    if (heading) return ctx.textContent(heading as HastNode).trim();
  }
  const headerCells: string[] = [];
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (isElement(child as HastNode, 'th'))
        headerCells.push(ctx.textContent(child as HastNode).trim());
      else if (isElement(child as HastNode, 'thead', 'tr')) collect(child as Element);
    }
  };
  collect(table);
  return headerCells.join(' / ');
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Wrap every table in `<div class="table-scroll" role="group" tabindex="0" aria-label>`. A
 * group rather than a region: a page may hold several tables under one heading, and regions
 * with the same name would be indistinguishable landmarks.
 */
export const scrollableTablesPlugin = defineHastPlugin({
  name: 'second-look-scrollable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const parent = ctx.parent(node);
      if (isElement(parent as HastNode, 'div') && hasClass(parent as Element, 'table-scroll'))
        return;
      const label = escapeAttribute(tableLabel(node, ctx));
      ctx.wrapNode(node, {
        raw: `<div class="table-scroll" role="group" tabindex="0" aria-label="${label}"></div>`,
      });
    },
  },
});

function hasClass(element: Element, name: string): boolean {
  // Elements made from Markdown carry `className`; those made with hProperties may carry `class`.
  const { className, class: classAttribute } = (element.properties ?? {}) as Record<
    string,
    unknown
  >;
  const classes = [className, classAttribute].flatMap((value) =>
    Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [],
  );
  return classes.includes(name);
}

export const COURSE_HAST_PLUGINS = [outboundLinksPlugin, scrollableTablesPlugin];
