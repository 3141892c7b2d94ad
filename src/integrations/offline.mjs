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

/** The worker's source: what it does with the files it keeps (src/service-worker/sw.ts). */
const WORKER_SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));
const INJECTION_POINT = 'self.__WB_MANIFEST';

/**
 * `sw.js` for the build in `root`: the worker's source bundled with the Workbox modules it imports, and the core files
 * with their revisions (Workbox's `getManifest`) in place of `self.__WB_MANIFEST`. Bundled by esbuild in a few
 * milliseconds; Workbox's `generateSW`, used before, ran Rollup, Babel and Terser on every build for 1.7 s (and 0.8 s
 * more to load them).
 * @param {string} root
 */
async function serviceWorker(root) {
  // Loaded here, not with the config, so that every `astro` command that stops before this hook (check, sync, a
  // build failing on its content) pays for nothing; only the manifest part of Workbox's build tools.
  const [{ build }, { getManifest }] = await Promise.all([
    import('esbuild'),
    import('workbox-build/build/get-manifest.js'),
  ]);
  const [bundle, { manifestEntries, count, size, warnings }] = await Promise.all([
    build({
      entryPoints: [WORKER_SOURCE],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      write: false,
      // Workbox's development logging is behind this check.
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    }),
    getManifest({
      globDirectory: root,
      globPatterns: CORE,
      globIgnores: ['**/*.br', '**/*.gz'],
      // Hashed file names change with their content: no revision needed.
      // cspell:disable-next-line
      dontCacheBustURLsMatching: /\/_astro\//,
    }),
  ]);
  const source = /** @type {import('esbuild').OutputFile} */ (bundle.outputFiles[0]).text;
  if (source.split(INJECTION_POINT).length !== 2) {
    throw new Error(`${WORKER_SOURCE} must read ${INJECTION_POINT} exactly once, where the kept files go`);
  }
  return { code: source.replace(INJECTION_POINT, () => JSON.stringify(manifestEntries)), count, size, warnings };
}

/**
 * The offline field kit. After the build: `offline.json` lists every page of the sitemap and every file of the search
 * index with their sizes (what "Keep the whole guide offline" fetches, src/client/offline-kit.ts), and `sw.js`, the
 * service worker (src/service-worker/sw.ts): the core pages and every script and stylesheet precached when it
 * installs, any page kept once visited, the search index once fetched. Saved tool data is in localStorage, which no
 * update of the worker touches.
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
        const { code, count, size, warnings } = await serviceWorker(root);
        await writeFile(join(root, 'sw.js'), code);
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `sw.js precaches ${count} files (${Math.round(size / 1024)} KiB); offline.json lists ${pages.length} pages and ${search.length} search files`,
        );
      },
    },
  };
}
