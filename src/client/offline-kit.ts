/**
 * "Keep the whole guide offline" and "Remove the offline copy". Keeping first makes sure the service worker is
 * installed, active and in control of this page (on a first visit it may still be installing: its own copy of the
 * tools and the essay is part of what is kept), then fetches every page of the sitemap and every file of the search
 * index (offline.json, written by the build) into the caches the worker reads from, with progress and the size it
 * takes, and checks that every one of them is there. Only then does it say "kept": a copy nothing can serve is not
 * kept. Removing deletes those caches (the core the first visit kept stays).
 */
import { formatBytes } from '../lib/storage/file-import';

interface OfflineList {
  pages: { url: string; bytes: number }[];
  search: { url: string; bytes: number }[];
}

/** The caches of the service worker's runtime rules (src/integrations/offline.mjs). */
const CACHES = { pages: 'guide-pages', search: 'guide-search' } as const;

/** How long to wait for an installed worker to take control of the page before calling it a failure. */
const CONTROL_TIMEOUT_MS = 15_000;
/**
 * How long the worker's own install (the tools and the essay: about 0.8 MB, 0.3 MB over the network) may take before
 * it counts as failed.
 */
const INSTALL_TIMEOUT_MS = 120_000;

/**
 * Resolves once the guide's service worker is active and controls this page; rejects with the sentence to show when
 * it cannot be installed (the network dropped during its install, or the browser refused it).
 */
async function workerInControl(): Promise<void> {
  const workers = navigator.serviceWorker;
  const failed = 'this browser could not install the guide’s offline worker (the network may have dropped)';
  const registration = await workers
    .register(`${document.documentElement.dataset['base'] ?? '/'}sw.js`)
    .catch(() => Promise.reject(new Error(failed)));
  const pending = registration.active ? null : (registration.installing ?? registration.waiting);
  if (pending) {
    await new Promise<void>((resolve, reject) => {
      const settle = () => {
        if (pending.state === 'activated') resolve();
        else if (pending.state === 'redundant') reject(new Error(failed));
      };
      pending.addEventListener('statechange', settle);
      settle();
      setTimeout(() => reject(new Error(failed)), INSTALL_TIMEOUT_MS);
    });
  }
  if (workers.controller) return;
  // An active worker claims the page as it activates; one that never does was bypassed by a hard reload, and a
  // normal reload hands the page to it.
  const bypassed = 'this page was loaded past the offline worker (a hard reload). Reload the page normally';
  await new Promise<void>((resolve, reject) => {
    workers.addEventListener('controllerchange', () => resolve(), { once: true });
    setTimeout(() => (workers.controller ? resolve() : reject(new Error(bypassed))), CONTROL_TIMEOUT_MS);
  });
}

export async function runOfflineAction(button: HTMLButtonElement): Promise<void> {
  const kit = button.closest<HTMLElement>('[data-offline-kit]');
  const status = kit?.querySelector<HTMLElement>('[data-offline-status]');
  const progress = kit?.querySelector<HTMLProgressElement>('progress');
  if (!kit || !status || !progress) return;
  if (!('caches' in window) || !('serviceWorker' in navigator)) {
    status.textContent = 'This browser cannot keep pages offline.';
    return;
  }
  // One action at a time: presses made while this code was loading each call here, and only the first goes on.
  if (kit.hasAttribute('aria-busy')) return;
  kit.setAttribute('aria-busy', 'true');
  const buttons = [...kit.querySelectorAll('button')];
  buttons.forEach((b) => (b.disabled = true));
  try {
    if (button.dataset['offlineAction'] === 'remove') {
      await Promise.all(Object.values(CACHES).map((name) => caches.delete(name)));
      status.textContent = 'The offline copy is removed. Pages you open from now on are kept again as you visit them.';
      return;
    }
    status.textContent = 'Getting ready: installing the guide’s offline copy of its tools and essay…';
    try {
      await workerInControl();
    } catch (error) {
      status.textContent = `Nothing is kept offline yet: ${(error as Error).message}. Press “Keep the whole guide offline” again when online.`;
      return;
    }
    const listed = await fetch(kit.dataset['offlineList']!);
    if (!listed.ok) throw new Error(`offline list ${listed.status}`);
    const list = (await listed.json()) as OfflineList;
    const bytes = [...list.pages, ...list.search].reduce((sum, file) => sum + file.bytes, 0);
    const pages = await caches.open(CACHES.pages);
    const search = await caches.open(CACHES.search);
    progress.max = list.pages.length;
    progress.hidden = false;
    let done = 0;
    for (const page of list.pages) {
      await pages.add(page.url);
      done += 1;
      progress.value = done;
      status.textContent = `${done} of ${list.pages.length} pages (${formatBytes(bytes)} in all, with search)`;
    }
    await search.addAll(list.search.map((file) => file.url));
    // Said only when true: every page and every search file is in the caches the worker serves from.
    // Looked up by cache name, not through the handles opened above: a copy removed meanwhile (another tab) is gone.
    const present = await Promise.all([
      ...list.pages.map((file) => caches.match(file.url, { cacheName: CACHES.pages, ignoreSearch: true })),
      ...list.search.map((file) => caches.match(file.url, { cacheName: CACHES.search, ignoreSearch: true })),
    ]);
    const missing = present.filter((response) => !response).length;
    if (missing > 0) {
      status.textContent = `Keeping the guide offline stopped: ${missing} files are missing from the copy. Press “Keep the whole guide offline” again.`;
      return;
    }
    status.textContent = `The whole guide is kept offline: ${list.pages.length} pages and search, ${formatBytes(bytes)}.`;
  } catch (error) {
    status.textContent =
      (error as Error).name === 'QuotaExceededError'
        ? 'Keeping the guide offline stopped: this browser has no room left for it. Free some space, then try again.'
        : 'Keeping the guide offline stopped: the network failed. Try again when online.';
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    kit.removeAttribute('aria-busy');
  }
}
