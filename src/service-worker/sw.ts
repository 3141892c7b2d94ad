/**
 * The guide's offline worker (`sw.js`), bundled after the build by the offline kit (src/integrations/offline.mjs),
 * which puts the list of files it keeps in place of `self.__WB_MANIFEST`. With the core of the guide precached when it
 * installs, any page, once visited, is kept (network first, so an online reader always gets the newest) and the search
 * index is kept once fetched. A new deploy's worker waits until the reader asks to reload (src/client/update-notice.ts).
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';

/** What this worker uses of its global scope (the project's types describe a page, not a worker). */
declare const self: {
  __WB_MANIFEST: PrecacheEntry[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: unknown } }) => void): void;
};

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
// A page is the same page whatever its query (a search, a "plan a probe" link).
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({ cacheName: 'guide-pages', networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true } }),
);
// Pagefind asks for its entry file with a time stamp in the query.
registerRoute(
  /\/pagefind\//,
  new StaleWhileRevalidate({ cacheName: 'guide-search', matchOptions: { ignoreSearch: true } }),
);
