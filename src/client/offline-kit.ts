/**
 * "Keep the whole guide offline" and "Remove the offline copy". Keeping fetches every page of the sitemap and every
 * file of the search index (offline.json, written by the build) into the caches the service worker reads from, with
 * progress and the size it takes; removing deletes those caches (the core the first visit kept stays).
 */
import { formatBytes } from '../lib/storage/file-import';

interface OfflineList {
  pages: { url: string; bytes: number }[];
  search: { url: string; bytes: number }[];
}

/** The caches of the service worker's runtime rules (src/integrations/offline.mjs). */
const CACHES = { pages: 'guide-pages', search: 'guide-search' } as const;

export async function runOfflineAction(button: HTMLButtonElement): Promise<void> {
  const kit = button.closest<HTMLElement>('[data-offline-kit]');
  const status = kit?.querySelector<HTMLElement>('[data-offline-status]');
  const progress = kit?.querySelector<HTMLProgressElement>('progress');
  if (!kit || !status || !progress) return;
  if (!('caches' in window)) {
    status.textContent = 'This browser cannot keep pages offline.';
    return;
  }
  const buttons = [...kit.querySelectorAll('button')];
  buttons.forEach((b) => (b.disabled = true));
  try {
    if (button.dataset['offlineAction'] === 'remove') {
      await Promise.all(Object.values(CACHES).map((name) => caches.delete(name)));
      status.textContent = 'The offline copy is removed. Pages you open from now on are kept again as you visit them.';
      return;
    }
    const list = (await (await fetch(kit.dataset['offlineList']!)).json()) as OfflineList;
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
    status.textContent = `The whole guide is kept offline: ${list.pages.length} pages and search, ${formatBytes(bytes)}.`;
  } catch {
    status.textContent = 'Keeping the guide offline stopped: the network failed. Try again when online.';
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}
