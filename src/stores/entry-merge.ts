/**
 * The merge of a tool's entries with its other open tabs' saves, loaded when first needed (see entry-sync). Holds
 * each tool's marks as this page knows them: which entry versions were deleted, and when the value was replaced.
 */
import type { WritableAtom } from 'nanostores';
import type { DataCodec } from '../lib/storage/envelope';
import {
  marksAfterChange,
  marksFields,
  mergeCopies,
  NO_MARKS,
  readMarks,
  type Copy,
  type EntryList,
  type SyncMarks,
} from '../lib/storage/merge';
import { ENTRY_LISTS } from '../lib/tools/entry-lists';
import { readStored, saveMarksFrom, storedText } from './saved-data';

const pageMarks = new Map<string, SyncMarks>();

const listOf = <T>(codec: DataCodec<T>): EntryList<T> => {
  const list = ENTRY_LISTS[codec.id] as EntryList<T> | undefined;
  if (!list) throw new Error(`${codec.id} is not a list of dated entries`);
  return list;
};

/** The stored copy, value and marks, as this page reads it now. */
function storedCopy<T>(codec: DataCodec<T>, raw = storedText(codec.id)): Copy<T> | undefined {
  return raw === undefined ? undefined : { value: readStored(codec, raw), marks: readMarks(raw) };
}

/**
 * This page's copy. The first time, it is what storage holds now, taken whole: before the merge loaded, the page
 * only read storage, so the stored copy holds all the page has, and a replacement made since by another tab is seen
 * as one.
 */
function pageCopy<T>(codec: DataCodec<T>, store: WritableAtom<T>): Copy<T> {
  const marks = pageMarks.get(codec.id);
  return marks ? { value: store.get(), marks } : (storedCopy(codec) ?? { value: store.get(), marks: NO_MARKS });
}

/** Another tab saved `raw`: the value this page shows now. Saves the merge back if the other tab lacked part of it. */
export function incoming<T>(codec: DataCodec<T>, store: WritableAtom<T>, raw: string): T {
  const merged = mergeCopies(listOf(codec), pageCopy(codec, store), storedCopy(codec, raw)!);
  pageMarks.set(codec.id, merged.marks);
  if (merged.writeBack) queueMicrotask(() => store.set(store.get()));
  return merged.value;
}

/**
 * Applies `change` to the page's copy merged with the stored one, and saves the result. Another tab's save reaches
 * this page as a storage event, late on a busy machine; starting from the merge keeps that save's work. Entries the
 * change removes are marked deleted, so a tab that has not seen the deletion yet cannot bring them back.
 */
export function change<T>(codec: DataCodec<T>, store: WritableAtom<T>, change: (value: T) => T): void {
  const page = pageCopy(codec, store);
  const stored = storedCopy(codec);
  const base = stored ? mergeCopies(listOf(codec), page, stored) : page;
  const next = change(base.value);
  pageMarks.set(codec.id, marksAfterChange(listOf(codec), base.marks, base.value, next));
  store.set(next);
}

/** Replaces the whole value; a tool of dated entries marks it replaced now, so its other tabs take it whole. */
export function replace<T>(codec: DataCodec<T>, store: WritableAtom<T>, value: T, now = new Date()): void {
  if (codec.id in ENTRY_LISTS) pageMarks.set(codec.id, { deleted: {}, replacedAt: now.toISOString() });
  store.set(value);
}

// From now on every save of a tool of entries carries its marks, whichever page or store makes it.
saveMarksFrom((toolId) => marksFields(pageMarks.get(toolId) ?? NO_MARKS));

/** Forgets every tool's marks, as a new page would (tests start each case as one). */
export const forgetPageMarks = (): void => pageMarks.clear();
