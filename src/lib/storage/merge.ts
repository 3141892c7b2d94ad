/**
 * How two tabs' copies of one tool's data combine. Chromium hands one tab's localStorage writes to another tab
 * late, so a tab can save over an edit it has not seen yet. For data made of dated entries (canvases, checklist
 * answers), merging entry by entry, newest `updatedAt` first, keeps both tabs' edits whatever order their writes
 * land in. A deleted entry is remembered by the version deleted (a tombstone): a tab that has not seen the
 * deletion cannot bring that version back, while an edit made to it elsewhere survives (an edit is never lost to
 * a delete that did not see it).
 */
import { isIsoDate, isRecord } from './guards';

/** One entry of a tool's data as the merge sees it. `updatedAt` is an ISO timestamp; null means unknown (oldest). */
export interface DatedEntry {
  readonly id: string;
  readonly updatedAt: string | null;
}

/** Entry id → the `updatedAt` of the version deleted ('' when that version's time was unknown). */
export type Tombstones = Readonly<Record<string, string>>;

/** Tombstones kept per tool, the latest ones: far more deletions than two tabs make before they meet. */
export const MAX_TOMBSTONES = 200;

const time = (version: string | null): number => (version ? Date.parse(version) : -Infinity);

/** Whether `a` is the version to keep over `b` (ties broken by content, so every tab picks the same one). */
const wins = (a: DatedEntry, b: DatedEntry): boolean =>
  time(a.updatedAt) - time(b.updatedAt) > 0 || (a.updatedAt === b.updatedAt && JSON.stringify(a) > JSON.stringify(b));

/** Both sets of tombstones, the newest version per entry, at most MAX_TOMBSTONES of them. */
export function unionTombstones(a: Tombstones, b: Tombstones): Tombstones {
  const union: Record<string, string> = { ...a };
  for (const [id, version] of Object.entries(b))
    if (!(id in union) || time(version || null) > time(union[id] || null)) union[id] = version;
  return Object.fromEntries(Object.entries(union).slice(-MAX_TOMBSTONES));
}

/**
 * Every entry of either copy, each at its newest version, minus what a tombstone covers. Order: `incoming`'s,
 * then the entries only `local` has, in `local`'s order.
 */
export function mergeEntries<E extends DatedEntry>(
  local: readonly E[],
  incoming: readonly E[],
  deleted: Tombstones,
): E[] {
  const newest = new Map<string, E>();
  for (const entry of [...incoming, ...local]) {
    const had = newest.get(entry.id);
    if (!had || wins(entry, had)) newest.set(entry.id, entry);
  }
  return [...newest.values()].filter(
    (entry) => !(entry.id in deleted && time(entry.updatedAt) <= time(deleted[entry.id] || null)),
  );
}

const versions = (entries: readonly DatedEntry[]): string =>
  entries
    .map((entry) => `${entry.id}@${entry.updatedAt}`)
    .sort()
    .join();

/** What a saved value carries besides itself, for tabs to agree: what was deleted, and when all was replaced. */
export interface SyncMarks {
  readonly deleted: Tombstones;
  /** When the whole value was last replaced (an import, a reset), as an ISO timestamp; '' when never. */
  readonly replacedAt: string;
}

export const NO_MARKS: SyncMarks = { deleted: {}, replacedAt: '' };

/** One tab's copy of a tool's value. */
export interface Copy<T> {
  readonly value: T;
  readonly marks: SyncMarks;
}

/** A value seen as a list of dated entries, and rebuilt from one. */
export interface EntryList<T> {
  of(value: T): readonly DatedEntry[];
  /** `value` with `entries` instead of its own; every entry comes from `of` on a value of the same tool. */
  withEntries(value: T, entries: readonly DatedEntry[]): T;
}

/**
 * This page's copy and the stored one, combined; `writeBack` says the stored one lacks something of the result
 * (an entry version or a tombstone), so it must be saved for the other tab to get it. A copy replaced later than
 * the other wins whole: a replacement (an import, a reset) is meant to drop what was there. Order is ignored when
 * deciding to write back, so two tabs never write the same entries back and forth.
 */
export function mergeCopies<T>(list: EntryList<T>, page: Copy<T>, stored: Copy<T>): Copy<T> & { writeBack: boolean } {
  if (stored.marks.replacedAt > page.marks.replacedAt) return { ...stored, writeBack: false };
  if (page.marks.replacedAt > stored.marks.replacedAt) return { ...page, writeBack: true };
  const deleted = unionTombstones(page.marks.deleted, stored.marks.deleted);
  const entries = mergeEntries(list.of(page.value), list.of(stored.value), deleted);
  const writeBack =
    versions(entries) !== versions(list.of(stored.value)) ||
    Object.keys(deleted).some((id) => stored.marks.deleted[id] !== deleted[id]);
  return { value: list.withEntries(stored.value, entries), marks: { ...stored.marks, deleted }, writeBack };
}

/** The marks after a change from `before` to `after`: tombstones for entries removed, none for entries kept. */
export function marksAfterChange<T>(list: EntryList<T>, marks: SyncMarks, before: T, after: T): SyncMarks {
  const deleted: Record<string, string> = { ...marks.deleted };
  for (const entry of list.of(before)) deleted[entry.id] = entry.updatedAt ?? '';
  for (const entry of list.of(after)) delete deleted[entry.id];
  return { ...marks, deleted: unionTombstones(deleted, {}) };
}

/** The marks saved in an envelope's text. Malformed ones are dropped: they only ever settle a merge. */
export function readMarks(raw: string | undefined): SyncMarks {
  let envelope: unknown;
  try {
    envelope = raw === undefined ? undefined : JSON.parse(raw);
  } catch {
    return NO_MARKS;
  }
  if (!isRecord(envelope)) return NO_MARKS;
  const { deleted, replacedAt } = envelope;
  const kept = isRecord(deleted) ? Object.entries(deleted).filter(([, at]) => at === '' || isIsoDate(at)) : [];
  return {
    deleted: Object.fromEntries(kept) as Tombstones,
    replacedAt: isIsoDate(replacedAt) ? replacedAt : '',
  };
}

/** The envelope fields that save `marks`: none when there is nothing to say. */
export function marksFields(marks: SyncMarks): object {
  return {
    ...(Object.keys(marks.deleted).length > 0 && { deleted: marks.deleted }),
    ...(marks.replacedAt && { replacedAt: marks.replacedAt }),
  };
}
