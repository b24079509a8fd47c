// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { LOCALE_CONFIG, sidebarLabel, starlightLocales } from './src/i18n/locales.config.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/plugins/base-links.mjs';
import { starlightDeferredWork } from './src/plugins/starlight-deferred-work.mjs';
import { COURSE_HAST_PLUGINS } from './src/markdown/plugins';
import { courseHosting } from './src/hosting/integration';
import { courseOffline } from './src/offline/integration';

// Serve the course under a sub-path with BASE_PATH=/course/ (an LMS, a Kiwix reader, a
// department's web space); every internal link follows it.
const base = process.env.BASE_PATH ?? '/';

// The site is fully static: every page is HTML on disk, so any static host, CDN or a
// classroom laptop can serve it. English lives at the root, Arabic under /ar/.
export default defineConfig({
  // The address printed on handouts and in QR codes; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://second-look.example.org',
  base,
  trailingSlash: 'always',
  // Outbound links without a Referer, tables a keyboard can scroll (src/markdown/plugins.ts);
  // links authors write from the site root (/lessons/x/) follow `base` too.
  markdown: {
    processor: satteri({
      hastPlugins: [...COURSE_HAST_PLUGINS, ...(base === '/' ? [] : [baseLinks({ base })])],
    }),
  },
  vite: {
    plugins: [
      // Search and the tables of contents prepare themselves when first used, not at load.
      starlightDeferredWork(),
      {
        // No preload list in front of each dynamic import: our on-demand modules (the progress
        // store, an exercise's save) are one level deep, and the lists cost every lesson page
        // bytes whether or not the learner ever saves. Astro sets this option itself, so a
        // plugin sets it after.
        name: 'second-look-no-preload-lists',
        config: () => ({ build: { modulePreload: false } }),
      },
      {
        // With no lists, Vite's preload helper (about 0.9 KB gzipped, on every lesson page) only
        // has to call the import it wraps.
        name: 'second-look-bare-preload-helper',
        enforce: 'pre',
        load: (id) =>
          id === '\0vite/preload-helper.js'
            ? 'export const __vitePreload = (load) => load();'
            : undefined,
      },
    ],
    build: {
      rolldownOptions: {
        // Astro marks the modules of MDX pages with its own "use astro:head-inject" directive,
        // and the bundler warns about it for every page (about 640 lines). The warning is about
        // Astro's code, not ours: drop exactly that one, so that a warning means something.
        onwarn(warning, warn) {
          const astroMarker =
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('"use astro:head-inject"');
          if (!astroMarker) warn(warning);
        },
      },
    },
  },
  integrations: [
    starlight({
      description:
        'An open, bilingual course on extremist online propaganda, how it is countered, and how to resist manipulation.',
      // The languages: src/i18n/locales.config.mjs, read by the site's code too.
      ...starlightLocales(),
      // No page tells another site which page a reader came from.
      head: [{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } }],
      // Fonts and styles are bundled with the site: no page asks another origin for anything.
      customCss: [
        './src/styles/fonts.css',
        './src/styles/course.css',
        './src/styles/figures.css',
        './src/styles/embed.css',
        './src/styles/print.css',
        './src/styles/offline.css',
      ],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      routeMiddleware: './src/route-middleware.ts',
      // Every link written in a page and every #anchor it names must exist, or the build fails.
      plugins: [starlightLinksValidator()],
      // Labels come from the UI string tables, so a new language brings its own.
      sidebar: [
        {
          ...sidebarLabel('sidebar.startHere'),
          items: [
            { slug: 'index', ...sidebarLabel('sidebar.home') },
            { slug: 'progress', ...sidebarLabel('sidebar.progress') },
            { slug: 'check', ...sidebarLabel('sidebar.check') },
            { slug: 'about', ...sidebarLabel('sidebar.about') },
          ],
        },
        {
          ...sidebarLabel('sidebar.lessons'),
          items: [{ autogenerate: { directory: 'lessons' } }],
        },
        {
          ...sidebarLabel('sidebar.forTeachers'),
          items: [
            { slug: 'teach/schedule', ...sidebarLabel('sidebar.schedule') },
            { slug: 'teach/answer-keys', ...sidebarLabel('sidebar.answerKeys') },
            { slug: 'print', ...sidebarLabel('sidebar.print') },
            { slug: 'teach/class-results', ...sidebarLabel('sidebar.classResults') },
            { slug: 'teach/check-instrument', ...sidebarLabel('sidebar.checkInstrument') },
            {
              ...sidebarLabel('sidebar.teacherGuides'),
              collapsed: true,
              items: [{ autogenerate: { directory: 'teach' } }],
            },
          ],
        },
        {
          ...sidebarLabel('sidebar.workshops'),
          collapsed: true,
          items: [{ autogenerate: { directory: 'workshops' } }],
        },
        {
          ...sidebarLabel('sidebar.reference'),
          items: [
            { slug: 'glossary', ...sidebarLabel('sidebar.glossary') },
            { slug: 'sources', ...sidebarLabel('sidebar.sources') },
          ],
        },
      ],
      lastUpdated: false,
      pagination: true,
    }),
    // Security headers and the <meta> policy, computed from the built pages (docs/deploy.md).
    courseHosting({
      // Quizzes that NGOs show on their own sites; every other page refuses to be framed.
      framable: [
        ...LOCALE_CONFIG.map((l, i) => ({
          pattern: `${i === 0 ? '' : `${l.code}/`}embed/*`,
          frameAncestors: ['*'],
        })),
      ],
    }),
    // Installable app and offline use: manifests, service worker, offline download. Runs last:
    // it needs the pages as they will be served (src/offline/integration.ts).
    courseOffline(),
  ],
});
