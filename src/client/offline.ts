/**
 * Decides when the guide starts keeping itself offline (`offlinePlan`, src/lib/offline-intent.ts) and, when it is
 * time, loads the code that sets the offline worker up and links the app manifest (offline-worker.ts). A first page,
 * or any page under Save-Data or on a slow connection, fetches nothing it did not show. The worker already in place
 * on a returning reader's page is set up again, so a newer deploy is offered. A tool's page and every other page each
 * run only their own half (src/components/OfflineOnPage.astro, OfflineOnUse.astro): a tool's page may fetch 14 KiB
 * of script before its first input, and the tool needs all of it.
 */
import { firstPageOfVisit, offlinePlan, type VisitFacts } from '../lib/offline-intent';

const setUp = () => void import('./offline-worker').then((worker) => worker.keepOffline());

/** What this visit tells, with the tab's first page noted on the way. */
function visit(toolPage: boolean): VisitFacts {
  const path = location.pathname;
  return {
    connection: (navigator as { connection?: VisitFacts['connection'] }).connection,
    toolPage,
    secondPage: firstPageOfVisit(() => sessionStorage, path) !== path,
    workerInPlace: !!navigator.serviceWorker?.controller,
  };
}

/** Any page but a tool's: sets the copy up now on a second page of the visit, or where a worker is in place. */
export function startOfflineOnPage(): void {
  if (offlinePlan(visit(false)) === 'now') setUp();
}

/** A tool's page: a tool is bought into by using it, a click or an entry, not by its first paint. */
export function startOfflineOnUse(): void {
  if (offlinePlan(visit(true)) === 'on-use')
    for (const type of ['click', 'input']) addEventListener(type, setUp, { once: true });
}
