/**
 * When the guide starts keeping itself offline. A reader who opens one page from a chat link pays for that page and
 * nothing more; the offline copy of the tools, the essay and the appendices (about 0.3 MB over the network) is
 * fetched once the reader shows they are staying: a second page, or a tool in use. Under Save-Data or on a slow
 * connection nothing is set up by itself, not even the code that would do it; "Keep the whole guide offline" still
 * works when pressed. Every page runs this before its first input: it stays small.
 */

/** What the page knows about this visit when it decides. */
export interface VisitFacts {
  /**
   * `navigator.connection`, where the browser has it: whether the reader asks to save data (also sent as the
   * Save-Data header), and how fast the connection is.
   */
  connection: { saveData?: boolean; effectiveType?: string } | undefined;
  /** This page is one of the tools. */
  toolPage: boolean;
  /** Another page was opened earlier in this tab's visit. */
  secondPage: boolean;
  /** The offline worker, set up on an earlier visit, controls this page. */
  workerInPlace: boolean;
}

/** Set the offline worker up now, once the reader uses the tool (a click or an entry), or not on this page. */
export type OfflinePlan = 'now' | 'on-use' | 'no';

export function offlinePlan(visit: VisitFacts): OfflinePlan {
  // slow-2g, 2g and 3g: too slow to spend on anything the reader did not open.
  const saving = visit.connection?.saveData || /[23]g/.test(visit.connection?.effectiveType ?? '');
  // A worker already in place keeps running (and offers new deploys); setting it up again fetches nothing new.
  const wanted = visit.workerInPlace || (!saving && (visit.secondPage || visit.toolPage));
  // A tool's page may fetch 14 KiB of script before its first use, and the tool needs all of it: the setup waits.
  return !wanted ? 'no' : visit.toolPage ? 'on-use' : 'now';
}

/** The key in sessionStorage that holds the first page of this tab's visit. */
export const FIRST_PAGE_KEY = 'tfi:first-page';

/**
 * Notes the page in the tab's session and returns the page the visit started on (this one on a first page, and on a
 * reload of it). Storage that refuses (private modes, disabled storage) makes every page a first page: nothing is
 * fetched that was not asked for.
 */
export function firstPageOfVisit(session: () => Pick<Storage, 'getItem' | 'setItem'>, path: string): string {
  try {
    return session().getItem(FIRST_PAGE_KEY) ?? (session().setItem(FIRST_PAGE_KEY, path), path);
  } catch {
    // Storage refused: this page is the first.
    return path;
  }
}
