/**
 * Keeps a tool whose data is a list of dated entries (canvases, checklist answers) in step with its other open
 * tabs: their saves are merged with this page's copy instead of taken over it (see lib/storage/merge). The merge
 * (entry-merge) loads on the first change, to keep it out of the tool page's start-up. Until then the page has only
 * read storage, never written it, so it takes another tab's save whole, as a tool without entries does: that loses
 * nothing. A change asked for while the merge loads waits for it, unless the page goes away first: then it is saved as
 * a tool without entries saves, so nothing the reader did is lost.
 */
import type { WritableAtom } from 'nanostores';
import type { DataCodec } from '../lib/storage/envelope';
import type { TakeSave } from './saved-data';

type Merge = typeof import('./entry-merge');
/** One change or replacement: made through the merge, or without it (undefined) when it cannot wait for it. */
type Step = (merge?: Merge) => void;
let loaded: Merge | undefined;
let loading = false;
/** Steps asked for while the merge loads, in order. */
const waiting: Step[] = [];

/** Makes the waiting steps, in order, with the merge or (undefined) without it. */
const makeWaiting = (merge?: Merge) => {
  for (const step of waiting.splice(0)) step(merge);
};
/** The page is going away: what waits is made now, without the merge (one listener, however often loading starts). */
const makeWaitingNow = () => makeWaiting();

/**
 * Makes `step` with the merge: now when it has loaded, else once it has. If it fails to load, the step is made
 * without it, as a tool without entries would make it, and so is every step waiting when the page goes away (a reload
 * or a closed tab while the merge loads, a few ms, longer on a slow network): nothing the reader did is lost.
 */
function withMerge(step: Step): void {
  if (loaded) return step(loaded);
  waiting.push(step);
  if (loading) return;
  loading = true;
  globalThis.addEventListener?.('pagehide', makeWaitingNow);
  import('./entry-merge').then(
    (merge) => makeWaiting((loaded = merge)),
    () => {
      // A later change tries again.
      loading = false;
      makeWaiting();
    },
  );
}

/** How a tool of dated entries takes another tab's save: merged, once the merge has loaded (`savedStore`'s hook). */
export const mergeSaves =
  <T>(codec: DataCodec<T>): TakeSave<T> =>
  (store, raw) =>
    loaded?.incoming(codec, store, raw);

/** Applies `change` to the tool's value merged with what other tabs saved, and saves the result. */
export const changeEntries = <T>(store: WritableAtom<T>, codec: DataCodec<T>, change: (value: T) => T) =>
  withMerge((merge) => (merge ? merge.change(codec, store, change) : store.set(change(store.get()))));

/** Replaces the tool's whole value (an import, a reset, its undo): other tabs take it whole, merging nothing in. */
export const replaceEntries = <T>(store: WritableAtom<T>, codec: DataCodec<T>, value: T) =>
  withMerge((merge) => (merge ? merge.replace(codec, store, value) : store.set(value)));

/** Resolves once the merge has loaded or failed to (tests wait for it; a page never needs to). */
export const entryMergeLoaded = (): Promise<void> => new Promise((resolve) => withMerge(() => resolve()));
