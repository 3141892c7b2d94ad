// @ts-check
import { availableParallelism } from 'node:os';

/**
 * Runs `work` on every item with at most `limit` of them in flight at once, and resolves when all are done; rejects
 * with the first error (items already started finish first). For build steps over every file of the build: one
 * `Promise.all` over 10,000 pages opens them all at once and fails with EMFILE (too many open files), and holds every
 * file in memory together.
 * @template T
 * @param {readonly T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<void>} work
 */
export async function eachLimited(items, limit, work) {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit must be a whole number above 0, not ${limit}`);
  let next = 0;
  let failure = /** @type {{ error: unknown } | undefined} */ (undefined);
  const lane = async () => {
    while (next < items.length && !failure) {
      const item = /** @type {T} */ (items[next++]);
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw failure.error;
}

/**
 * How many built files the build's passes over every file keep in flight: a few per thread of libuv's pool (4 unless
 * UV_THREADPOOL_SIZE says otherwise) keep it busy, where all of them at once ran out of file handles at 10,000 pages.
 */
export const FILES_IN_FLIGHT = Math.max(8, availableParallelism() * 2);
