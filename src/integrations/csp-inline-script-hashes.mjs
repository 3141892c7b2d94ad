// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Scripts that must run before first paint (the saved theme, the `js` class that reveals script-only controls) are inlined with `is:inline`, which Astro's CSP does
 * not hash. The layout emits each file's trimmed text (`?raw` import); this hashes exactly those bytes.
 */
const INLINE_SCRIPT_FILES = ['../client/head-init.js'];

/** @returns {`sha256-${string}`[]} CSP hashes of every inline script. */
export function inlineScriptHashes() {
  return INLINE_SCRIPT_FILES.map((file) => {
    const source = readFileSync(new URL(file, import.meta.url), 'utf8').trim();
    return /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(source).digest('base64')}`);
  });
}
