// Registers the course's service worker (sw.js, beside this file, for the whole site). When a
// new version of the course is waiting, update-offer.js is loaded to tell the learner (import()
// takes the URL object as its string: a few bytes fewer on every page).
// The first page a learner opens loads before the worker runs, so the worker never saw it:
// the page hands it itself and its files through Workbox's CACHE_URLS message (below), and they
// are kept as a visited page's would be.
const me = document.querySelector('script[data-update]');
const sw = navigator.serviceWorker;
if (sw && me) {
  // A first visit has nothing to update: the waiting worker is simply the first one.
  const offer = (worker) =>
    sw.controller &&
    import(new URL('update-offer.js', me.src)).then((m) => m.offerUpdate(worker, me));
  sw.register(new URL('sw.js', me.src), { scope: new URL('.', me.src) }).then((r) => {
    if (r.waiting) offer(r.waiting);
    r.onupdatefound = () => {
      const next = r.installing;
      next.onstatechange = () => next.state === 'installed' && offer(next);
    };
  });
  // Handed over once the worker controls the page (clientsClaim): from then on the page's
  // requests go through the worker and are kept. A file whose fetch the worker did not handle
  // (workerStart 0: fetched before, or still on its way at the change) is handed over as its
  // timing entry arrives; Starlight loads its search UI once idle, often just then.
  if (!sw.controller) {
    sw.oncontrollerchange = () => {
      const keep = (urls) =>
        sw.controller.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } });
      // A fragment in the address is never sent nor part of a cache key.
      keep([[location.href, { headers: { accept: 'text/html' } }]]);
      // Another origin's file would be left alone: the worker's routes take only the site's.
      new PerformanceObserver((list) =>
        keep(
          list
            .getEntries()
            .filter((e) => !e.workerStart)
            .map((e) => e.name),
        ),
      ).observe({ type: 'resource', buffered: true });
    };
  }
}
