/**
 * Decides when the guide starts keeping itself offline (src/lib/offline-intent.ts): on a second page of the visit, or
 * at the first input on a tool page, it loads the code that sets the offline worker up and links the app manifest
 * (offline-worker.ts, loaded with offline-kit.ts); a first page fetches nothing it did not show. The worker already in
 * place on a returning reader's page is set up again the same way, so a newer deploy is offered. The "Keep the whole
 * guide offline" buttons load the same module when pressed. Kept small: every page runs it before its first input.
 */
import { firstPageOfVisit } from '../lib/first-page';

/** Everything offline beyond this decision, in one module loaded when needed: setting the worker up, the buttons. */
const kit = () => import('./offline-kit');

export function startOffline(): void {
  const workers = navigator.serviceWorker;
  const root = document.documentElement;
  const path = location.pathname;
  const firstPage = firstPageOfVisit(() => sessionStorage, path);
  const setUp = () => void kit().then(({ keepOffline }) => keepOffline([firstPage, path]));
  if (workers) {
    // A tool is bought into by using it: its first input, not its first paint, sets the offline copy up.
    if (root.hasAttribute('data-tool'))
      for (const type of ['pointerdown', 'keydown']) addEventListener(type, setUp, { once: true });
    else if (firstPage !== path || workers.controller) setUp();
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-offline-action]'))
    button.addEventListener('click', () => void kit().then(({ runOfflineAction }) => runOfflineAction(button)));
}
