// @ts-check
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { rolldown } from 'rolldown';

const ISLAND = /<div data-island="([^"]+)"/;
const HELD_SCRIPT = /<template data-after-first-paint="([^"]+\.js)"><\/template>/g;

/**
 * What each tool page holds back until after its first paint (scripts-after-first-paint.mjs): its hydration script
 * and the site's small scripts (the search opener).
 * @param {{ html: string }[]} pages
 * @returns {Map<string, { island: string; scripts: string[] }>} by island name; one page per island
 */
export function toolPageScripts(pages) {
  /** @type {Map<string, { island: string; scripts: string[] }>} */
  const tools = new Map();
  for (const { html } of pages) {
    const island = ISLAND.exec(html)?.[1];
    if (!island) continue;
    if (tools.has(island)) throw new Error(`two pages hold the "${island}" tool`);
    tools.set(island, { island, scripts: [...html.matchAll(HELD_SCRIPT)].map((m) => /** @type {string} */ (m[1])) });
  }
  return tools;
}

/** Static imports between emitted chunks: `import … from "./x.js"` and bare `import "./x.js"`. */
const STATIC_IMPORT = /(?:^|[;}\n])\s*import\s*(?:[^'"`(]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g;

/**
 * The chunk files a script loads before it runs: itself and its static imports, followed to the end.
 * @param {string} assets the folder of the emitted chunks
 * @param {string} file
 * @returns {Promise<Set<string>>} absolute paths
 */
async function staticClosure(assets, file, seen = new Set()) {
  const path = join(assets, file);
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = await readFile(path, 'utf8');
  for (const [, imported] of code.matchAll(STATIC_IMPORT))
    await staticClosure(assets, /** @type {string} */ (imported), seen);
  return seen;
}

/**
 * Re-bundles the scripts one tool page holds, from the emitted chunks, into one file with everything the page runs
 * before any input (Preact, nanostores, the saved-data layer, the tool, its codec, the search opener); what the page
 * loads on demand stays lazy, in chunks of this page's own that import from that file. The scripts run in the order
 * the page held them.
 * @param {string} assets
 * @param {string[]} scriptFiles the held scripts' file names in `assets`
 * @param {string} island
 * @returns {Promise<string>} the new file name, in `assets`
 */
async function bundleToolPage(assets, scriptFiles, island) {
  const atStart = new Set();
  for (const file of scriptFiles) await staticClosure(assets, file, atStart);
  const entryId = `\0tool-${island}`;
  const bundle = await rolldown({
    input: { [`tool-${island}`]: entryId },
    preserveEntrySignatures: false,
    platform: 'browser',
    plugins: [
      {
        name: 'tool-page-entry',
        resolveId: (id) => (id === entryId ? id : undefined),
        load: (id) =>
          id === entryId
            ? scriptFiles.map((file) => `import ${JSON.stringify(join(assets, file))};`).join('\n')
            : undefined,
      },
    ],
  });
  try {
    const { output } = await bundle.write({
      dir: assets,
      format: 'es',
      minify: true,
      entryFileNames: '[name].[hash].js',
      // A lazy chunk keeps its component's name, without the hash Vite gave the chunk it came from.
      chunkFileNames: (chunk) => `tool-${island}-${chunk.name.replace(/\.[\w-]{8}$/, '')}.[hash].js`,
      // Without this group, Rolldown may keep a module shared with lazy chunks (Preact) in a chunk of its own.
      codeSplitting: { groups: [{ name: `tool-${island}`, test: (id) => id === entryId || atStart.has(id) }] },
    });
    const entry = output.find((file) => file.type === 'chunk' && file.isEntry);
    if (!entry) throw new Error(`no entry chunk for the ${island} tool`);
    if (entry.type === 'chunk' && entry.imports.length > 0)
      throw new Error(`the ${island} tool's bundle still imports ${entry.imports.join(', ')} at start`);
    return entry.fileName;
  } finally {
    await bundle.close();
  }
}

/** Any import of a sibling chunk: static, bare or dynamic. */
const ANY_IMPORT = /(?:from\s*|import\s*\(?\s*)["'`]\.\/([^"'`]+)["'`]/g;

const PAGE_SCRIPT = /(?:src|href|data-after-first-paint)="[^"]*\/_astro\/([^"/]+\.js)"/g;

/**
 * The script files a page holds or links, by file name.
 * @param {string} html
 * @returns {string[]}
 */
export function scriptsOfPage(html) {
  return [...html.matchAll(PAGE_SCRIPT)].map((m) => /** @type {string} */ (m[1]));
}

/**
 * Deletes the scripts no page can load any more: the chunks the tool bundles were made from, which only the tool
 * pages used. Everything a page holds or links, and everything those import (statically or on demand), stays.
 * @param {string} assets its `_astro` folder
 * @param {Iterable<string>} pageScripts every script file any page holds or links, as rewritten (scriptsOfPage)
 * @returns {Promise<{ removed: number; bytes: number }>}
 */
async function removeUnreachableChunks(assets, pageScripts) {
  const reachable = new Set();
  /** @type {string[]} */
  const queue = [...pageScripts];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.pop());
    if (reachable.has(file)) continue;
    reachable.add(file);
    const code = await readFile(join(assets, file), 'utf8');
    for (const [, imported] of code.matchAll(ANY_IMPORT)) queue.push(/** @type {string} */ (imported));
  }
  let removed = 0;
  let bytes = 0;
  for (const file of await readdir(assets)) {
    if (!file.endsWith('.js') || reachable.has(file)) continue;
    bytes += (await stat(join(assets, file))).size;
    await rm(join(assets, file));
    removed += 1;
  }
  return { removed, bytes };
}

/**
 * One script file per tool page. Vite splits the tools' code into chunks shared between pages, so a returning user's
 * tool page fetched 6 to 10 files before its first input, each a gzip stream of its own (about 0.8–1.3 KiB more than
 * one file), and one request each. After the build, this bundles each tool page's hydration script again, from the
 * emitted chunks, into one file, and points the page at it; then deletes the chunks no page loads any more. The
 * trade-off: tool pages no longer share a cached copy of Preact and the saved-data layer, so the first visit to each
 * tool page fetches its own (about 9 KiB gzip). Run by finish-pages.mjs, which reads every page once.
 * @param {string} root the build's output folder
 * @param {{ file: string; html: string }[]} toolPages the pages that hold a tool (a `data-island`), as finished
 * @param {Set<string>} otherPagesScripts the script files every other page holds or links
 * @param {import('astro').AstroIntegrationLogger} logger
 */
export async function bundleToolPages(root, toolPages, otherPagesScripts, logger) {
  const assets = join(root, '_astro');
  /** @type {Map<string, string>} island → the URL of its page's one script */
  const bundled = new Map();
  for (const { island, scripts } of toolPageScripts(toolPages).values()) {
    const [first] = scripts;
    if (!first) throw new Error(`the ${island} tool's page holds no script to hydrate it`);
    const file = await bundleToolPage(
      assets,
      scripts.map((url) => basename(url)),
      island,
    );
    bundled.set(island, first.slice(0, first.lastIndexOf('/') + 1) + file);
    logger.info(`${island}: one script file, ${file}`);
  }
  /** @param {string} html */
  const pointAtBundle = (html) => {
    const island = ISLAND.exec(html)?.[1];
    const url = island && bundled.get(island);
    if (!url) return html;
    let first = true;
    // The page's held scripts give way to its bundle, which takes the first one's place.
    return html.replace(HELD_SCRIPT, () => {
      const replacement = first ? `<template data-after-first-paint="${url}"></template>` : '';
      first = false;
      return replacement;
    });
  };
  const reachable = new Set(otherPagesScripts);
  for (const { file, html } of toolPages) {
    const rewritten = pointAtBundle(html);
    if (rewritten !== html) await writeFile(join(root, file), rewritten);
    for (const script of scriptsOfPage(rewritten)) reachable.add(script);
  }
  const { removed, bytes } = await removeUnreachableChunks(assets, reachable);
  logger.info(`${removed} chunks no page loads any more removed (${Math.round(bytes / 1024)} KiB)`);
}

/** Whether a page holds a tool (and so gets a bundle of its own). @param {string} html */
export const holdsTool = (html) => ISLAND.test(html);
