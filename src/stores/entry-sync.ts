/**
 * Keeps a tool whose data is a list of dated entries (canvases, checklist answers) in step with its other open
 * tabs: their saves are merged with this page's copy instead of taken over it (see lib/storage/merge). The merge
 * (entry-merge) loads on the first change, to keep it out of the tool page's start-up. Until then the page has only
 * read storage, never written it, so it takes another tab's save whole, as a tool without entries does: that loses
 * nothing.
 */
import type { WritableAtom } from 'nanostores';
import type { DataCodec } from '../lib/storage/envelope';
import type { TakeSave } from './saved-data';

type Merge = typeof import('./entry-merge');
let loaded: Merge | undefined;
let loading: Promise<Merge> | undefined;

/** Runs `use` with the merge: now when it has loaded, else once it has, in the order asked. */
const withMerge = (use: (merge: Merge) => void): void | Promise<void> =>
  loaded ? use(loaded) : (loading ??= import('./entry-merge').then((merge) => (loaded = merge))).then(use);

/** How a tool of dated entries takes another tab's save: merged, once the merge has loaded (`savedStore`'s hook). */
export const mergeSaves =
  <T>(codec: DataCodec<T>): TakeSave<T> =>
  (store, raw) =>
    loaded?.incoming(codec, store, raw);

/** Applies `change` to the tool's value merged with what other tabs saved, and saves the result. */
export const changeEntries = <T>(store: WritableAtom<T>, codec: DataCodec<T>, change: (value: T) => T) =>
  void withMerge((merge) => merge.change(codec, store, change));

/** Replaces the tool's whole value (an import, a reset, its undo): other tabs take it whole, merging nothing in. */
export const replaceEntries = <T>(store: WritableAtom<T>, codec: DataCodec<T>, value: T) =>
  withMerge((merge) => merge.replace(codec, store, value));

/** Resolves once the merge has loaded (tests wait for it; a page never needs to). */
export const entryMergeLoaded = (): void | Promise<void> => withMerge(() => undefined);
