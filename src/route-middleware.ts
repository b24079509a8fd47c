import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { assertCourseValid, getLessons, localeOf, splitDocId } from './data/course';
import { fontPreloads } from './fonts/preload';
import { isRootRelative } from './utils/base-path.mjs';
import { withBase } from './utils/urls';

/*
 * Runs for every page before it renders. It checks the course (a broken lesson or quiz fails
 * the build), orders the lessons and the teacher guides in the sidebar by each lesson's
 * `order`, and points a lesson's previous/next links at the neighbouring lessons rather than
 * the next sidebar entry. Hero buttons written from the site root (`link: /progress/`) get the
 * site's base, as links in the text do (src/plugins/rehype-base-links.mjs).
 */
type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;

export const onRequest = defineRouteMiddleware(async (context) => {
  await assertCourseValid();
  const route = context.locals.starlightRoute;
  route.head.push(...fontPreloads(route.lang));
  const hero = route.entry.data.hero;
  if (hero?.actions.some((action) => isRootRelative(action.link))) {
    // A copy: the collection entry is shared by every page that renders it.
    const actions = hero.actions.map((action) =>
      isRootRelative(action.link) ? { ...action, link: withBase(action.link) } : action,
    );
    route.entry = { ...route.entry, data: { ...route.entry.data, hero: { ...hero, actions } } };
  }
  const locale = localeOf(route.lang);
  const lessons = await getLessons(locale);
  // Lessons and their teacher guides are listed in lesson order.
  const orderOf = new Map(
    lessons.flatMap((l) => [[l.href, l.order] as const, [l.guideHref, l.order] as const]),
  );

  const groups = (entries: SidebarEntry[]): SidebarGroup[] =>
    entries.flatMap((e) => (e.type === 'group' ? [e, ...groups(e.entries)] : []));
  for (const group of groups(route.sidebar)) {
    const isLessonGroup = group.entries.some((e) => e.type === 'link' && orderOf.has(e.href));
    if (isLessonGroup) {
      group.entries.sort((a, b) => {
        const oa = a.type === 'link' ? (orderOf.get(a.href) ?? 0) : 0;
        const ob = b.type === 'link' ? (orderOf.get(b.href) ?? 0) : 0;
        return oa - ob;
      });
    }
  }

  const { slug } = splitDocId(route.id);
  const index = lessons.findIndex((l) => l.slug === slug);
  if (index === -1) return;
  const link = (lesson: (typeof lessons)[number] | undefined) =>
    lesson && {
      type: 'link' as const,
      label: lesson.title,
      href: lesson.href,
      isCurrent: false,
      badge: undefined,
      attrs: {},
    };
  route.pagination = { prev: link(lessons[index - 1]), next: link(lessons[index + 1]) };
});
