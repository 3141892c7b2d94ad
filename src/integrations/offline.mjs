// @ts-check
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the worker keeps when it is set up (once the reader opens a second page or uses a tool:
 * src/lib/offline-intent.ts), so the tools, the essay and the appendices open offline from then on.
 */
const CORE = [
  'index.html',
  'essay/**/index.html',
  'appendices/**/index.html',
  'tools/**/index.html',
  'tools/**/*.json',
  'your-data/index.html',
  'search/index.html',
  '_astro/*.{js,css}',
  'manifest.webmanifest',
  'icons/*.png',
];

/**
 * The pages the sitemap lists, as paths (a constraint page, for one).
 * @param {string} root
 */
async function sitemapPages(root) {
  const xml = await readFile(join(root, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(/** @type {string} */ (loc)).pathname);
}

/**
 * Every file of the search index, as paths under the base.
 * @param {string} root
 * @param {string} base
 */
async function searchFiles(root, base) {
  // A build with the index off (FIELD_GUIDE_INDEX=off, to time a build without it) has no search files.
  if (!existsSync(join(root, 'pagefind'))) return [];
  const files = (await readdir(join(root, 'pagefind'), { recursive: true })).filter((file) => !/\.(br|gz)$/.test(file));
  const sized = await Promise.all(
    files.map(async (file) => {
      const info = await stat(join(root, 'pagefind', file));
      return info.isFile() ? [{ url: `${base}pagefind/${file.split('\\').join('/')}`, bytes: info.size }] : [];
    }),
  );
  return sized.flat();
}

/**
 * A page's path under the base → its file in the build.
 * @param {string} root @param {string} base @param {string} path
 */
const pageFile = (root, base, path) => join(root, path.slice(base.length), 'index.html');

/**
 * The offline field kit. After the build: `offline.json` lists every page of the sitemap and every file of the search
 * index with their sizes (what "Keep the whole guide offline" fetches, src/client/offline-kit.ts), and Workbox writes
 * `sw.js`: the core pages and every script and stylesheet precached when it installs; any page, once visited,
 * kept (network first, so an online reader always gets the newest); the search index kept once fetched. The new
 * worker of a new deploy waits until the reader asks to reload (src/client/update-notice.ts); saved tool data is in
 * localStorage, which no update touches.
 * @param {{ base: string }} options
 * @returns {import('astro').AstroIntegration}
 */
export function offlineKit({ base }) {
  return {
    name: 'field-guide:offline-kit',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await Promise.all(
          (await sitemapPages(root)).map(async (url) => ({ url, bytes: (await stat(pageFile(root, base, url))).size })),
        );
        const search = await searchFiles(root, base);
        await writeFile(join(root, 'offline.json'), JSON.stringify({ pages, search }));
        // Loaded here, not with the config: Workbox pulls in Babel and Rollup (0.3 CPU-s a command, measured), which every `astro`
        // command that stops before this hook (check, sync, a build failing on its content) would pay for nothing.
        const { generateSW } = await import('workbox-build');
        const { count, size, warnings } = await generateSW({
          swDest: join(root, 'sw.js'),
          globDirectory: root,
          globPatterns: CORE,
          globIgnores: ['**/*.br', '**/*.gz'],
          directoryIndex: 'index.html',
          // Hashed file names change with their content: no revision needed.
          // cspell:disable-next-line
          dontCacheBustURLsMatching: /\/_astro\//,
          // A page is the same page whatever its query (a search, a "plan a probe" link).
          ignoreURLParametersMatching: [/.*/],
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: false,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: { cacheName: 'guide-pages', networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true } },
            },
            {
              urlPattern: /\/pagefind\//,
              handler: 'StaleWhileRevalidate',
              // Pagefind asks for its entry file with a time stamp in the query.
              options: { cacheName: 'guide-search', matchOptions: { ignoreSearch: true } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `sw.js precaches ${count} files (${Math.round(size / 1024)} KiB); offline.json lists ${pages.length} pages and ${search.length} search files`,
        );
      },
    },
  };
}
