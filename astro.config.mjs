// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { inlineScriptHashes } from './src/integrations/csp.mjs';
import { pagefindIndex } from './src/integrations/pagefind.mjs';
import { baseLinks } from './src/integrations/base-links.mjs';
import { finishPages } from './src/integrations/finish-pages.mjs';
import { noPreloadHelper } from './src/integrations/no-preload-helper.mjs';
import { precompress } from './src/integrations/precompress.mjs';
import { offlineKit } from './src/integrations/offline.mjs';
import { withBuildStages } from './src/integrations/build-stages.mjs';

/**
 * Where the site will live. Deployments set SITE_URL (origin) and BASE_PATH (sub-path) at build time;
 * the defaults match `npm start`, so canonical URLs are right for a local preview.
 */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Each step's time and memory are logged at the end of the build (see withBuildStages).
  integrations: withBuildStages([
    // Static parts of each MDX page become one HTML string instead of a JSX call per element: a quarter off a
    // 1,000-page build and its memory. The headings stay components (their self-links, components/headings).
    mdx({ optimize: { ignoreElementNames: ['h2', 'h3', 'h4'] } }),
    // No Babel: @astrojs/preact runs it on every file its filter lets through (by default every .ts and .tsx of src/,
    // about 2.5 CPU-s of a clean build), only to compile JSX, which Vite's own transform (oxc) already does with
    // tsconfig.json's jsx settings: the built site is byte for byte the same. The islands render on the server
    // without client directives, so the filter decides nothing else. In dev, islands reload instead of hot-swapping.
    preact({ include: ['**/*.tsx'], exclude: ['**/*'] }),
    sitemap(),
    finishPages(),
    pagefindIndex(),
    offlineKit({ base }),
    precompress(),
  ]),
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Four pages at a time: a link-preview card's pixels are compressed on a worker thread (src/lib/card-painter.ts),
  // so the main thread renders other pages meanwhile. Measured with bench:scale (README, Performance).
  build: { inlineStylesheets: 'always', concurrency: 4 },
  vite: {
    plugins: [noPreloadHelper()],
    build: {
      rolldownOptions: {
        // Every MDX module starts with Astro's own "use astro:head-inject" marker, which Astro handles itself: one
        // warning per page (10,000 at 10,000 pages) that says nothing to act on.
        checks: { moduleLevelDirective: false },
        output: {
          codeSplitting: {
            groups: [
              // Vite's preload helper stays its own chunk: content pages need it, and nothing else of the tools.
              // (Each tool page's code is bundled into one file after the build: see toolBundles.)
              { name: 'preload-helper', test: /preload-helper/ },
              // The pages' compiled MDX (server side only: no browser code imports it) in a few chunks of up to
              // 2 MiB, instead of one chunk per entry: the pages are byte for byte the same, and a 1,000-entry
              // catalog bundles in 4 to 5 s instead of 5 to 9 (bench:scale, README).
              { name: 'content', test: /[\\/]content[\\/].+\.mdx/, maxSize: 2 * 1024 * 1024 },
            ],
          },
        },
      },
    },
  },
  // Shiki's inline styles cannot pass a strict CSP, and the guide has no code samples.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [baseLinks(base)] }) },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        // Pagefind fetches its index chunks and searches in a worker loaded from its own file.
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind compiles its WebAssembly engine in the page when a worker cannot start.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: inlineScriptHashes(),
      },
    },
  },
});
