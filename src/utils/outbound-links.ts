/*
 * Links to other sites carry rel="noreferrer noopener": the site they lead to learns nothing
 * about the page (or the lesson on extremism) the reader came from, and cannot reach back
 * into it through window.opener.
 */
export const OUTBOUND_REL = ['noreferrer', 'noopener'] as const;

/** Is this href, as written in a page, a link to another origin? */
export function isOutbound(href: string): boolean {
  return /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(href.trim());
}

/** The rel value an outbound link needs: what it already has, plus noreferrer and noopener. */
export function outboundRel(existing: string | readonly string[] | null | undefined): string {
  const tokens = (typeof existing === 'string' ? existing.split(/\s+/) : (existing ?? [])).filter(
    Boolean,
  );
  const lower = new Set(tokens.map((token) => token.toLowerCase()));
  return [...tokens, ...OUTBOUND_REL.filter((token) => !lower.has(token))].join(' ');
}
