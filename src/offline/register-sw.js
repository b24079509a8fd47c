// Registers the course's service worker (sw.js, beside this file, for the whole site) and,
// when a new version of the course is waiting, tells the learner and updates on request.
// Saved progress (localStorage) is not the service worker's business: an update leaves it.
// The first page a learner opens loads before the worker runs, so the worker never saw it:
// once the worker is ready, the page hands it the page and the files it loaded (same origin
// only) through Workbox's CACHE_URLS message, and they are kept as a visited page's would be.
const me = document.querySelector('script[data-update]');
const sw = navigator.serviceWorker;
if (sw && me) {
  const offer = (worker) => {
    if (!sw.controller || document.querySelector('.course-update')) return;
    const box = document.createElement('div');
    box.className = 'course-update';
    box.setAttribute('role', 'status');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = me.dataset.updateButton;
    button.onclick = () => worker.postMessage({ type: 'SKIP_WAITING' });
    box.append(me.dataset.update, ' ', button);
    document.body.append(box);
  };
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
  let reloading;
  sw.oncontrollerchange = () => {
    if (document.querySelector('.course-update') && !reloading) reloading = location.reload();
  };
}
