/* The web app manifest of one language: "Add to home screen" installs the course in it. */

export interface ManifestInput {
  code: string;
  dir: 'ltr' | 'rtl';
  siteTitle: string;
  shortName: string;
  description: string;
  base: string;
  startUrl: string;
}

/** The browser's bar and the installed app's title bar, in the course's colour. */
export const THEME_COLOR = '#3b3ee8';

export function webManifest(input: ManifestInput) {
  return {
    name: input.siteTitle,
    short_name: input.shortName,
    description: input.description,
    lang: input.code,
    dir: input.dir,
    id: input.startUrl,
    start_url: input.startUrl,
    scope: input.base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      { src: `${input.base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${input.base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${input.base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
      // Full-bleed, the glyph inside the central safe zone: launchers crop it to their shape.
      {
        src: `${input.base}icons/icon-maskable-512.png`,
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  };
}
