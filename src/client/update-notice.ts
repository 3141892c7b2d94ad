/**
 * "A newer version of the guide is available": shown when a new deploy's service worker is waiting. Nothing reloads
 * until the reader asks, so an edit in progress is never interrupted; saved tool data lives in localStorage, which an
 * update leaves alone.
 */
export function showUpdateNotice(registration: ServiceWorkerRegistration): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!notice || !notice.hidden) return;
  notice.hidden = false;
  notice.querySelector('button')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
  });
}
