/**
 * Registers the guide's service worker (after the page has painted, like every script here), links the web app
 * manifest (only installing needs it, and a manifest linked in the HTML is fetched before the page paints) and, only
 * when a newer version is waiting, loads the notice that offers it. The "Keep the whole guide offline" buttons load their code
 * when pressed. Kept small: every page runs it before its first input.
 */
export function startOffline(): void {
  const workers = navigator.serviceWorker;
  const base = document.documentElement.dataset['base'];
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = `${base}manifest.webmanifest`;
  document.head.append(manifest);
  if (workers && base) {
    // A first visit's page loaded before the worker existed: keep it as the worker keeps every later one.
    if (!workers.controller)
      void workers.ready.then(() => caches.open('guide-pages').then((cache) => cache.add(location.href)));
    // Without a worker (a development server, a browser that refuses one) the guide simply stays online-only.
    void workers
      .register(`${base}sw.js`)
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
