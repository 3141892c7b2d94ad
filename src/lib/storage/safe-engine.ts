/**
 * A storage engine for @nanostores/persistent that never throws. Browsers throw when storage is disabled
 * (SecurityError on access) or full (QuotaExceededError on write); the library would then lose the edit.
 * This engine keeps every write in memory too, reports the storage health, and leaves the last good saved
 * copy untouched when a write fails.
 */

/** `ok`: saving works. `unavailable`: storage cannot be used at all. `full`: the last write did not fit. */
export type StorageHealth = 'ok' | 'unavailable' | 'full';

/** The part of the Web Storage API the engine uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** A persistent-engine object, plus health and key listing for the "your data" page. */
export interface SafeEngine {
  /** What @nanostores/persistent reads and writes like a plain object. */
  readonly store: Record<string, string>;
  /** Every key currently stored (in storage, or in memory when storage is unusable). */
  keys(): string[];
  /** Writes a value; returns whether it reached real storage. */
  write(key: string, value: string): boolean;
  /** Reads a value; undefined when absent. */
  read(key: string): string | undefined;
  remove(key: string): void;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && error.name === 'QuotaExceededError';
}

/**
 * @param getStorage returns the real storage; it may throw (storage disabled) or return undefined (no DOM).
 * @param onHealth told after every access whether saving works.
 */
export function createSafeEngine(
  getStorage: () => StorageLike | undefined,
  onHealth: (health: StorageHealth) => void,
): SafeEngine {
  const memory = new Map<string, string>();
  // Keys whose latest write failed: memory holds the truth for them until a write succeeds.
  const unsaved = new Set<string>();
  let storage: StorageLike | undefined;
  try {
    storage = getStorage();
    storage?.getItem('tfi:probe');
  } catch {
    storage = undefined;
  }
  if (!storage) onHealth('unavailable');

  const attempt = <R>(action: (s: StorageLike) => R, fallback: () => R): R => {
    if (!storage) return fallback();
    try {
      return action(storage);
    } catch {
      return fallback();
    }
  };

  const read = (key: string): string | undefined => {
    if (unsaved.has(key) || !storage) return memory.get(key);
    return attempt(
      (s) => s.getItem(key) ?? undefined,
      () => memory.get(key),
    );
  };

  const write = (key: string, value: string): boolean => {
    memory.set(key, value);
    if (!storage) {
      unsaved.add(key);
      onHealth('unavailable');
      return false;
    }
    try {
      storage.setItem(key, value);
      unsaved.delete(key);
      onHealth('ok');
      return true;
    } catch (error) {
      unsaved.add(key);
      onHealth(isQuotaError(error) ? 'full' : 'unavailable');
      return false;
    }
  };

  const remove = (key: string): void => {
    memory.delete(key);
    unsaved.delete(key);
    attempt(
      (s) => s.removeItem(key),
      () => undefined,
    );
  };

  const keys = (): string[] => {
    const stored = attempt(
      (s) => Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null),
      () => [] as string[],
    );
    return [...new Set([...stored, ...(storage ? unsaved : memory.keys())])];
  };

  // persistentAtom only reads, writes, deletes and asks `in`; nothing enumerates this object (persistentMap would).
  const store = new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    set: (_, key, value) => {
      if (typeof key === 'string') write(key, String(value));
      return true;
    },
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    deleteProperty: (_, key) => {
      if (typeof key === 'string') remove(key);
      return true;
    },
  });

  return { store, keys, write, read, remove };
}
