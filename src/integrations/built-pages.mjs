// @ts-check
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Applies `change` to every built HTML page (pagefind's own files aside) and writes back those it changed. An error
 * names the page. Used by the integrations that finish pages after Astro has rendered them.
 * @param {URL} dir the build's output folder (`astro:build:done`'s `dir`)
 * @param {(html: string) => string} change
 * @returns {Promise<{ pages: number; changed: number }>}
 */
export async function rewriteBuiltPages(dir, change) {
  const root = fileURLToPath(dir);
  const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
  let changed = 0;
  for (const page of pages) {
    const path = join(root, page);
    const html = await readFile(path, 'utf8');
    let rewritten;
    try {
      rewritten = change(html);
    } catch (error) {
      throw new Error(`${page}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (rewritten === html) continue;
    changed += 1;
    await writeFile(path, rewritten);
  }
  return { pages: pages.length, changed };
}
