/*
 * The site's security headers as data: a Content-Security-Policy built from the hashes of the
 * inline scripts and styles the build produced, and the rules saying which headers each path
 * gets. Host files (_headers, nginx, Apache) and the <meta> fallback are rendered from these
 * rules (host-files.ts), so every host serves the same policy.
 */

/** The hashes (`'sha256-…'` sources) of what the built pages run and style inline. */
export interface InlineHashes {
  /** Inline <script> elements that execute. */
  scripts: readonly string[];
  /** Inline <style> elements. */
  styles: readonly string[];
  /** style="…" attributes (allowed one by one with 'unsafe-hashes'). */
  styleAttributes: readonly string[];
}

/** Directive name → its sources, in the order they are written. */
export type Directives = ReadonlyMap<string, readonly string[]>;

/** Who may show a page in a frame: nobody (the default), or the given sources. */
export type FrameAncestors = readonly string[];
export const NO_FRAMING: FrameAncestors = ["'none'"];

const sorted = (values: readonly string[]) => [...new Set(values)].sort();

/**
 * The policy for the course: everything from the site itself, nothing from elsewhere. Scripts
 * and styles are the site's files plus the exact inline ones the build made. Pagefind's search
 * compiles WebAssembly ('wasm-unsafe-eval', which allows no JavaScript eval) and runs a worker.
 */
export function contentSecurityPolicy(
  hashes: InlineHashes,
  frameAncestors: FrameAncestors = NO_FRAMING,
): Directives {
  const styleAttributes = sorted(hashes.styleAttributes);
  return new Map<string, readonly string[]>([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...sorted(hashes.scripts)]],
    [
      'style-src',
      [
        "'self'",
        ...(styleAttributes.length ? ["'unsafe-hashes'"] : []),
        ...sorted(hashes.styles),
        ...styleAttributes,
      ],
    ],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['form-action', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['object-src', ["'none'"]],
    ['frame-ancestors', frameAncestors],
  ]);
}

/** Directives a <meta http-equiv> policy may not carry; browsers ignore them there. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as a <meta http-equiv> tag can carry it (for hosts that cannot set headers). */
export function metaPolicy(policy: Directives): Directives {
  return new Map([...policy].filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)));
}

export function serializePolicy(policy: Directives): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Powerful browser features the course never uses, switched off for its pages and anything
 * they might embed. Only features Chromium knows, so the header logs no warnings.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Header name → value. */
export type Headers = Readonly<Record<string, string>>;

/**
 * Headers for the paths a pattern matches: an exact path (`/print/`), or a prefix ending in
 * `*` (`/embed/*`). Rules are ordered from general to specific; where several match a path,
 * a later rule's value of a header replaces an earlier one's.
 */
export interface HeaderRule {
  pattern: string;
  headers: Headers;
}

export interface SiteHeaderOptions {
  hashes: InlineHashes;
  /** The path the site is served under, with slashes at both ends ("/" or "/course/"). */
  base: string;
  /**
   * Path patterns (below `base`, without its leading slash, e.g. `embed/*`) that other sites
   * may show in a frame, and who may: each gets its own rule with its own frame-ancestors.
   */
  framable?: readonly { pattern: string; frameAncestors: FrameAncestors }[];
}

export function siteHeaderRules({ hashes, base, framable = [] }: SiteHeaderOptions): HeaderRule[] {
  const headersWith = (frameAncestors: FrameAncestors): Headers => ({
    'Content-Security-Policy': serializePolicy(contentSecurityPolicy(hashes, frameAncestors)),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': PERMISSIONS_POLICY,
  });
  return [
    { pattern: `${base}*`, headers: headersWith(NO_FRAMING) },
    ...framable.map(({ pattern, frameAncestors }) => ({
      pattern: base + pattern,
      headers: {
        'Content-Security-Policy': headersWith(frameAncestors)['Content-Security-Policy']!,
      },
    })),
  ];
}

export function patternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** The headers a path is served with under `rules`. */
export function headersFor(rules: readonly HeaderRule[], path: string): Headers {
  return Object.assign(
    {},
    ...rules.filter((rule) => patternMatches(rule.pattern, path)).map((rule) => rule.headers),
  );
}
