/**
 * Sets up the guide's offline worker once the reader has shown they are staying (src/client/offline.ts decides when
 * to load this): unless the browser asks to save data or reports a slow connection (`keepsOffline`), registers the
 * service worker, which keeps the tools, the essay and the appendices and every page visited from then on, keeps the
 * pages of this visit opened before it existed, links the web app manifest (a browser offers to install the guide
 * only with a worker in place) and offers a newer deploy when one is waiting.
 */
import { keepsOffline } from '../lib/offline-intent';

let started = false;

/** `pages`: the first page of this tab's visit, and this one (the same page on a first visit). */
export function keepOffline(pages: [string, string]): void {
  const workers = navigator.serviceWorker;
  const root = document.documentElement;
  const base = root.dataset['base'];
  const connection = (navigator as { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  const visit = {
    saveData: connection?.saveData,
    effectiveType: connection?.effectiveType,
    toolPage: root.hasAttribute('data-tool'),
    secondPage: pages[0] !== pages[1],
    workerInPlace: !!workers.controller,
  };
  // A tool's first pointer and first key press both ask; once is enough.
  if (started || !keepsOffline(visit)) return;
  started = true;
  // Linked here, not in the HTML: a manifest linked there is fetched before the page paints.
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = `${base}manifest.webmanifest`;
  document.head.append(manifest);
  if (!workers.controller)
    void workers.ready.then(() => caches.open('guide-pages').then((cache) => cache.addAll([...new Set(pages)])));
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
