/**
 * Sets up the guide's offline worker once src/client/offline.ts has decided the reader is staying: registers the
 * service worker, which keeps the tools, the essay and the appendices and every page visited from then on; keeps
 * the pages of this visit opened before it existed; links the web app manifest (a browser offers to install the
 * guide only with a worker in place); and offers a newer deploy when one is waiting.
 */
import { firstPageOfVisit } from '../lib/offline-intent';

let started = false;

export function keepOffline(): void {
  const workers = navigator.serviceWorker;
  // A tool's click and its entry both ask; once is enough. A browser without service workers stays online-only.
  if (started || !workers) return;
  started = true;
  const base = document.documentElement.dataset['base'];
  // Linked here, not in the HTML: a manifest linked there is fetched before the page paints.
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = `${base}manifest.webmanifest`;
  document.head.append(manifest);
  if (!workers.controller)
    void workers.ready.then(() =>
      caches.open('guide-pages').then((cache) =>
        // One at a time, each on its own: a first page that was a broken link (a 404) must not stop the other.
        Promise.all(
          [...new Set([firstPageOfVisit(() => sessionStorage, location.pathname), location.pathname])].map((page) =>
            cache.add(page).catch(() => undefined),
          ),
        ),
      ),
    );
  // Without a worker (a development server, a browser that refuses one) the guide simply stays online-only.
  void workers
    .register(`${base}sw.js`)
    .catch(() => undefined)
    .then((registration) => {
      if (!registration) return;
      const offerUpdate = () =>
        registration.waiting &&
        workers.controller &&
        void import('./update-notice').then((notice) => notice.showUpdateNotice(registration));
      offerUpdate();
      registration.addEventListener('updatefound', () =>
        registration.installing?.addEventListener('statechange', offerUpdate),
      );
    });
}
