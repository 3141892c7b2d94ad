// @ts-check
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind when Astro finishes a build, so `astro build` alone produces a site whose
 * search works (Starlight does the same). The index is built in the background (Pagefind runs as a process of its
 * own) while the next stages precompress the pages; `ready` settles when it is written, and the offline kit, which
 * lists its files, waits for it. Any Pagefind error fails the build there. `bench:scale` sets FIELD_GUIDE_INDEX=off
 * to time the build and the indexing apart.
 * @returns {import('astro').AstroIntegration & { ready: Promise<void> }}
 */
export function pagefindIndex() {
  /** @type {(value: Promise<void>) => void} */
  let start = () => {};
  /** @type {Promise<void>} */
  const ready = new Promise((resolve) => {
    start = resolve;
  });
  return {
    name: 'field-guide:pagefind',
    ready,
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const indexing = process.env['FIELD_GUIDE_INDEX'] === 'off' ? Promise.resolve() : indexSite(dir, logger);
        // Awaited by the offline kit; until then, a failure must not be an unhandled rejection.
        indexing.catch(() => {});
        start(indexing);
      },
    },
  };
}

/**
 * @param {URL} dir
 * @param {import('astro').AstroIntegrationLogger} logger
 */
async function indexSite(dir, logger) {
  const site = fileURLToPath(dir);
  const started = performance.now();
  try {
    const { index, errors } = await createIndex();
    if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    logger.info(`search index of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await close();
  }
}
