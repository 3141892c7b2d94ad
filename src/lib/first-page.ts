/**
 * Which page this tab's visit started on: how the guide tells a second page (the reader is staying) from a first one
 * (src/lib/offline-intent.ts). Apart from the decision itself, which loads only when needed, because every page runs
 * this before its first input.
 */

/** The key in sessionStorage that holds the first page of this tab's visit. */
export const FIRST_PAGE_KEY = 'field-guide:first-page';

/**
 * Notes the page in the tab's session and returns the page the visit started on (this one on a first page, and on a
 * reload of it). Storage that refuses (private modes, disabled storage) makes every page a first page: nothing is
 * fetched that was not asked for.
 */
export function firstPageOfVisit(session: () => Pick<Storage, 'getItem' | 'setItem'>, path: string): string {
  try {
    const first = session().getItem(FIRST_PAGE_KEY);
    if (first) return first;
    session().setItem(FIRST_PAGE_KEY, path);
  } catch {
    // Storage refused: this page is the first.
  }
  return path;
}
