/**
 * The one path to browser storage for every tool. Tools get a store per codec from `savedStore`; this module
 * owns the storage engine, the "changes are not being saved" health, and the unreadable copies kept aside.
 */
import { atom, type WritableAtom } from 'nanostores';
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvents,
} from '@nanostores/persistent';
import { decodeEnvelope, encodeEnvelope, type DataCodec, type UnreadableReason } from '../lib/storage/envelope';
import { backupKey, dataKey, isSiteKey, parseBackupKey } from '../lib/storage/keys';
import { createSafeEngine, type SafeEngine, type StorageHealth, type StorageLike } from '../lib/storage/safe-engine';

/** A stored value that could not be read, kept under its own key until the user downloads or dismisses it. */
export interface UnreadableCopy {
  key: string;
  toolId: string;
  raw: string;
  at: string;
  reason?: UnreadableReason;
}

/** Whether changes reach storage: `ok`, `unavailable` (disabled) or `full`. */
export const $storageHealth = atom<StorageHealth>('ok');
/** Unreadable copies found in this browser. */
export const $unreadable = atom<UnreadableCopy[]>([]);

const NO_EVENTS: PersistentEvents = { addEventListener() {}, removeEventListener() {} };
let engine: SafeEngine;
/** Every tool store created on this page, so "delete" can reset them as well as their keys. */
const registered = new Map<string, { codec: DataCodec<unknown>; store: WritableAtom<unknown> }>();

/**
 * Points the persistent stores at a storage (tests pass a fake one). Stores created afterwards use it.
 * In the browser this runs once, on import, with localStorage and the window's storage events.
 */
export function configureSavedData(getStorage: () => StorageLike | undefined, events: PersistentEvents): void {
  registered.clear();
  $storageHealth.set('ok');
  engine = createSafeEngine(getStorage, (health) => {
    if ($storageHealth.get() !== health) $storageHealth.set(health);
  });
  setPersistentEngine(engine.store, events);
  $unreadable.set(
    engine.keys().flatMap((key) => {
      const parsed = parseBackupKey(key);
      const raw = parsed && engine.read(key);
      return parsed && raw !== undefined ? [{ key, toolId: parsed.toolId, raw, at: parsed.at }] : [];
    }),
  );
}

configureSavedData(
  () => (typeof window === 'undefined' ? undefined : window.localStorage),
  typeof window === 'undefined' ? NO_EVENTS : windowPersistentEvents,
);

/** Moves an unreadable value aside (never dropped) and reports it. */
function keepAside(codecId: string, key: string, raw: string, reason: UnreadableReason): void {
  if ($unreadable.get().some((copy) => copy.toolId === codecId && copy.raw === raw)) return;
  const at = new Date();
  const aside = backupKey(codecId, at);
  engine.write(aside, raw);
  engine.remove(key);
  $unreadable.set([...$unreadable.get(), { key: aside, toolId: codecId, raw, at: at.toISOString(), reason }]);
}

/**
 * How a store merges another tab's save (`raw`) into the value this page shows (`store`'s), for tools whose data is
 * a list of dated entries (see entry-sync); undefined: the other tab's save is taken as it is.
 */
export type TakeSave<T> = (store: WritableAtom<T>, raw: string) => T | undefined;

/** What each tool's envelope carries beside its value, once a merge has loaded (see entry-merge). */
let marksOf: ((toolId: string) => object | undefined) | undefined;
export const saveMarksFrom = (source: (toolId: string) => object | undefined): void => void (marksOf = source);

/**
 * A tool's saved value: a nanostores atom persisted as a versioned envelope. Reading is total: an older version
 * is migrated, and anything unreadable is kept aside and reported while the tool starts from empty.
 * One store per tool on a page: asking again for the same codec returns the store already made.
 */
export function savedStore<T>(codec: DataCodec<T>, takeSave?: TakeSave<T>): WritableAtom<T> {
  const existing = registered.get(codec.id);
  if (existing) return existing.store as WritableAtom<T>;
  let made: WritableAtom<T> | undefined;
  const store = persistentAtom<T>(dataKey(codec.id), codec.empty(), {
    // Nothing saved means no key at all, so deleting a tool's data leaves storage as it was before first use.
    encode: (value) => (codec.count(value) === 0 ? undefined : encodeEnvelope(value, codec, marksOf?.(codec.id))),
    decode: (raw) => (made && takeSave?.(made, raw)) ?? readStored(codec, raw),
  });
  made = store;
  registered.set(codec.id, { codec: codec as DataCodec<unknown>, store: store as WritableAtom<unknown> });
  return store;
}

/** A tool's stored envelope as text, if there is one. */
export const storedText = (toolId: string): string | undefined => engine.read(dataKey(toolId));

/** A stored envelope's value; an unreadable one is kept aside and reported, and the tool starts from empty. */
export function readStored<T>(codec: DataCodec<T>, raw: string): T {
  const decoded = decodeEnvelope(raw, codec);
  if (decoded.kind === 'value') return decoded.value;
  keepAside(codec.id, dataKey(codec.id), raw, decoded.reason);
  return codec.empty();
}

/**
 * Applies `change` to a tool's value as it is stored now, and saves the result (the diagnostic and the room; tools
 * of dated entries merge instead, see entry-merge). Another tab's save reaches this page as a storage event, which
 * comes late on a busy machine: a change made to this page's copy would then write it back over the other tab's
 * work. With nothing stored, or storage out of reach, the change applies to this page's copy.
 */
export function changeSaved<T>(store: WritableAtom<T>, codec: DataCodec<T>, change: (value: T) => T): void {
  const raw = storedText(codec.id);
  store.set(change(raw === undefined ? store.get() : readStored(codec, raw)));
}

/** Deletes one tool's saved data (its store goes back to empty). */
export function deleteToolData(toolId: string): void {
  const entry = registered.get(toolId);
  if (entry) entry.store.set(entry.codec.empty());
  engine.remove(dataKey(toolId));
}

/** Forgets an unreadable copy the user has seen (after downloading it, or choosing not to). */
export function dismissUnreadable(key: string): void {
  engine.remove(key);
  $unreadable.set($unreadable.get().filter((copy) => copy.key !== key));
}

/** The raw stored text of a tool's envelope and its size in bytes, for the "your data" page. */
export function storedSize(toolId: string): number {
  const raw = engine.read(dataKey(toolId));
  return raw === undefined ? 0 : new TextEncoder().encode(raw).length;
}

/** Removes every key this site wrote (and no other), including the theme choice and unreadable copies. */
export function deleteAllSiteData(): void {
  for (const toolId of registered.keys()) deleteToolData(toolId);
  for (const key of engine.keys()) if (isSiteKey(key)) engine.remove(key);
  $unreadable.set([]);
}
