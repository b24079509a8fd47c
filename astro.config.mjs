// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// The site is fully static: every page is HTML on disk, so any static host, CDN or a
// classroom laptop can serve it. English lives at the root, Arabic under /ar/.
export default defineConfig({
  // The address printed on handouts and in QR codes; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://second-look.example.org',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: { en: 'Second Look', ar: 'نظرة ثانية' },
      description:
        'An open, bilingual course on extremist online propaganda, how it is countered, and how to resist manipulation.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        ar: { label: 'العربية', lang: 'ar', dir: 'rtl' },
      },
      // Fonts and styles are bundled with the site: no page asks another origin for anything.
      customCss: ['./src/styles/fonts.css', './src/styles/course.css', './src/styles/print.css'],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      routeMiddleware: './src/route-middleware.ts',
      sidebar: [
        {
          label: 'Start here',
          translations: { ar: 'ابدأ هنا' },
          items: [
            { slug: 'index', label: 'Home', translations: { ar: 'الرئيسية' } },
            { slug: 'progress', label: 'My progress', translations: { ar: 'تقدّمي' } },
            {
              slug: 'about',
              label: 'About and safety',
              translations: { ar: 'عن الدورة والسلامة' },
            },
          ],
        },
        {
          label: 'Lessons',
          translations: { ar: 'الدروس' },
          items: [{ autogenerate: { directory: 'lessons' } }],
        },
        {
          label: 'For teachers',
          translations: { ar: 'للمعلّمين' },
          items: [
            { slug: 'teach/schedule', translations: { ar: 'الجدول الزمني للدورة' } },
            { slug: 'teach/answer-keys', translations: { ar: 'مفاتيح الإجابات كلها' } },
            { slug: 'print', translations: { ar: 'الدورة كاملة للطباعة' } },
            {
              label: 'Teacher guides',
              translations: { ar: 'أدلة المعلّم' },
              collapsed: true,
              items: [{ autogenerate: { directory: 'teach' } }],
            },
          ],
        },
        {
          label: 'Run a workshop',
          translations: { ar: 'تنظيم ورشة عمل' },
          collapsed: true,
          items: [{ autogenerate: { directory: 'workshops' } }],
        },
        {
          label: 'Reference',
          translations: { ar: 'مراجع' },
          items: [
            { slug: 'glossary', label: 'Glossary', translations: { ar: 'مسرد المصطلحات' } },
            { slug: 'sources', label: 'Sources', translations: { ar: 'المصادر' } },
          ],
        },
      ],
      lastUpdated: false,
      pagination: true,
    }),
  ],
});
