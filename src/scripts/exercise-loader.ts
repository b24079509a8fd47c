/*
 * Loads an exercise type's script when its worksheet comes near the screen, like Astro's
 * client:visible: a learner who reads the lesson on a slow connection downloads the exercises'
 * code only on reaching them, and only for the types the page uses. Until then, and without
 * JavaScript, each exercise is a working worksheet.
 */
const types: Record<string, () => Promise<unknown>> = {
  rate: () => import('./exercise-rate'),
  spot: () => import('./exercise-spot'),
  order: () => import('./exercise-order'),
  sort: () => import('./exercise-sort'),
  lateral: () => import('./exercise-lateral'),
};

const near = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      near.unobserve(entry.target);
      void types[(entry.target as HTMLElement).dataset.exercise!]?.();
    }
  },
  { rootMargin: '100% 0px' },
);
for (const exercise of document.querySelectorAll('[data-exercise]')) near.observe(exercise);
