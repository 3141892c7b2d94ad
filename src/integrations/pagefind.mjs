// @ts-check
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind when Astro finishes a build, so `astro build` alone produces a site whose
 * search works (Starlight does the same). Any Pagefind error fails the build. `bench:scale` sets
 * FIELD_GUIDE_INDEX=off to time the build and the indexing apart.
 * @returns {import('astro').AstroIntegration}
 */
export function pagefindIndex() {
  return {
    name: 'field-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['FIELD_GUIDE_INDEX'] === 'off') return;
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex();
          if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search index of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
