// Registers the course's service worker (sw.js, beside this file, for the whole site). When a
// new version of the course is waiting, update-offer.js is loaded to tell the learner.
// The first page a learner opens loads before the worker runs, so the worker never saw it:
// once the worker is ready, the page hands it the page and the files it loaded (same origin
// only) through Workbox's CACHE_URLS message, and they are kept as a visited page's would be.
const me = document.querySelector('script[data-update]');
const sw = navigator.serviceWorker;
if (sw && me) {
  // A first visit has nothing to update: the waiting worker is simply the first one.
  const offer = (worker) =>
    sw.controller &&
    import(new URL('update-offer.js', me.src).href).then((m) => m.offerUpdate(worker, me));
  sw.register(new URL('sw.js', me.src), { scope: new URL('./', me.src).pathname }).then((r) => {
    if (r.waiting) offer(r.waiting);
    r.onupdatefound = () => {
      const next = r.installing;
      next.onstatechange = () => next.state === 'installed' && offer(next);
    };
  });
  if (!sw.controller) {
    sw.ready.then((r) => {
      const own = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((url) => new URL(url).origin === location.origin);
      const page = [location.href.split('#')[0], { headers: { accept: 'text/html' } }];
      r.active.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [page, ...own] } });
    });
  }
}
