/**
 * Rendered files kept on disk between builds, keyed by a hash of everything that decides their bytes, so a build
 * draws again only what changed (as Astro keeps optimized images). A file that cannot be read back whole is drawn
 * again; a cache that cannot be written costs time, never the build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A key for the parts given, each taken whole (a part's end cannot slide into the next one's start). */
export function cacheKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

/** Whether bytes are a whole PNG: its signature first and its closing IEND chunk last. */
export function isWholePng(bytes: Uint8Array): boolean {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const end = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
  return (
    bytes.length > signature.length + end.length &&
    signature.every((b, i) => bytes[i] === b) &&
    end.every((b, i) => bytes[bytes.length - end.length + i] === b)
  );
}

/**
 * The bytes cached under `key` in `dir` if they pass `isWhole`, or else `render()`'s, cached for the next build. With
 * no `dir`, it always renders.
 */
export async function cachedRender(
  dir: string | undefined,
  key: string,
  render: () => Uint8Array | Promise<Uint8Array>,
  isWhole: (bytes: Uint8Array) => boolean,
): Promise<Uint8Array> {
  const file = dir && join(dir, key);
  if (file) {
    try {
      const cached = readFileSync(file);
      if (isWhole(cached)) return new Uint8Array(cached);
    } catch {
      // Not cached yet.
    }
  }
  const bytes = await render();
  if (file) {
    try {
      mkdirSync(dir, { recursive: true });
      // Written aside, then renamed: a build stopped halfway leaves no half file under the key.
      const pending = `${file}.${process.pid}.tmp`;
      writeFileSync(pending, bytes);
      renameSync(pending, file);
    } catch {
      // A cache that cannot be written only costs the next build time.
    }
  }
  return bytes;
}
