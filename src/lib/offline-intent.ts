/**
 * When the guide starts keeping itself offline. A reader who opens one page from a chat link pays for that page and
 * nothing more; the offline copy of the tools, the essay and the appendices (about 0.3 MB over the network) is
 * fetched once the reader shows they are staying: a second page, or a tool in use. Under Save-Data or on a slow
 * connection nothing is fetched in the background at all; "Keep the whole guide offline" still works when pressed.
 * Loaded with the offline kit, only when a page may need it (src/client/offline.ts).
 */

/** What the page knows about this visit when it decides. */
export interface VisitFacts {
  /** The browser asks to save data (`navigator.connection.saveData`, sent as the Save-Data header). */
  saveData: boolean | undefined;
  /** `navigator.connection.effectiveType`, where the browser reports it. */
  effectiveType: string | undefined;
  /** This page is one of the tools. */
  toolPage: boolean;
  /** Another page was opened earlier in this tab's visit. */
  secondPage: boolean;
  /** The offline worker, set up on an earlier visit, controls this page. */
  workerInPlace: boolean;
}

/** Whether the guide sets up its offline worker (and so its copy of the tools and the essay) on this page. */
export const keepsOffline = (visit: VisitFacts): boolean =>
  // A worker already in place keeps running (and offers new deploys); setting it up again costs nothing new.
  visit.workerInPlace ||
  // slow-2g, 2g and 3g: too slow to spend on anything the reader did not open.
  (!visit.saveData && !/[23]g/.test(visit.effectiveType ?? '') && (visit.toolPage || visit.secondPage));
