// Loaded by register-sw.js only when a new version of the course is waiting, so pages do not
// carry it otherwise: tells the learner, in a status box, and updates when they ask. Saved
// progress (localStorage) is not the service worker's business: an update leaves it.
export function offerUpdate(worker, me) {
  if (document.querySelector('.course-update')) return;
  const box = document.createElement('div');
  box.className = 'course-update';
  box.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = me.dataset.updateButton;
  button.onclick = () => {
    // The new worker takes over, then the page reloads once to run the new version.
    navigator.serviceWorker.oncontrollerchange = () => location.reload();
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
  box.append(me.dataset.update, ' ', button);
  document.body.append(box);
}
