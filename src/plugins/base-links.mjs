// @ts-check
/*
 * Authors link to course pages from the site root ([lesson 1](/lessons/territory-to-timeline/),
 * <LinkCard href="/glossary/" />). When the site is built under a sub-path, this Markdown (hast)
 * plugin for Astro's Sätteri processor puts the base in front of every such link, in Markdown
 * links and in MDX components alike. Images are left to Astro, which resolves their URLs.
 */
import { isRootRelative, joinBase } from '../utils/base-path.mjs';

/** MDX components whose attributes hold a link: <a>, Starlight's LinkCard and LinkButton. */
const LINK_COMPONENTS = ['a', 'LinkCard', 'LinkButton'];
const LINK_ATTRIBUTES = new Set(['href', 'link']);

/**
 * @param {{ base: string }} options
 * @returns {import('satteri').HastPluginDefinition}
 */
export function baseLinks({ base }) {
  const prefix = (/** @type {unknown} */ value) =>
    typeof value === 'string' && isRootRelative(value) ? joinBase(base, value) : value;
  /** @type {import('satteri').HastFilteredVisitor<any>} */
  const jsx = {
    filter: LINK_COMPONENTS,
    visit(/** @type {any} */ node) {
      const attributes = node.attributes.map((/** @type {any} */ a) =>
        a.type === 'mdxJsxAttribute' && LINK_ATTRIBUTES.has(a.name)
          ? { ...a, value: prefix(a.value) }
          : a,
      );
      return /** @type {any} */ ({ ...node, attributes });
    },
  };
  return {
    name: 'second-look-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && isRootRelative(href)) {
          ctx.setProperty(node, 'href', joinBase(base, href));
        }
      },
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  };
}
