/**
 * Registers the guide's service worker (after the page has painted, like every script here) and, only when a newer
 * version is waiting, loads the notice that offers it. The "Keep the whole guide offline" buttons load their code
 * when pressed. Kept small: every page runs it before its first input.
 */
export function startOffline(): void {
  const workers = navigator.serviceWorker;
  const url = document.documentElement.dataset['serviceWorker'];
  if (workers && url) {
    // A first visit's page loaded before the worker existed: keep it as the worker keeps every later one.
    if (!workers.controller)
      void workers.ready.then(() => caches.open('guide-pages').then((cache) => cache.add(location.href)));
    // Without a worker (a development server, a browser that refuses one) the guide simply stays online-only.
    void workers
      .register(url)
      .catch(() => undefined)
      .then((registration) => {
        if (!registration) return;
        const offerUpdate = () =>
          registration.waiting &&
          workers.controller &&
          void import('./update-notice').then(({ showUpdateNotice }) => showUpdateNotice(registration));
        offerUpdate();
        registration.addEventListener('updatefound', () =>
          registration.installing?.addEventListener('statechange', offerUpdate),
        );
      });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-offline-action]'))
    button.addEventListener(
      'click',
      () => void import('./offline-kit').then(({ runOfflineAction }) => runOfflineAction(button)),
    );
}
