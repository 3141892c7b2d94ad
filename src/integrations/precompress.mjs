// @ts-check
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { FILES_IN_FLIGHT, eachLimited } from './each-limited.mjs';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text the site serves; Pagefind's own index files are compressed already. */
const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

/** One initial congestion window (BUDGETS.htmlBrotli): a page over it waits a second round trip to paint. */
export const FIRST_ROUND_TRIP = 14 * 1024;
/** Brotli 11 is about 10 % smaller than Brotli 5 on these pages; within this much over, it may fit the window. */
const WITHIN_REACH = 1.15;

/** @param {Buffer} body @param {number} quality */
const brotliAt = (body, quality) =>
  brotli(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });

/**
 * The Brotli copy of one file. Quality 11 costs 20 to 50 times the CPU of quality 5 (measured on this site: 3.6 s
 * against 0.08 s for its 2.7 MB of text) for about 10 % fewer bytes, so it is spent only where those bytes decide
 * whether a page fits the first round trip: when the quality 5 copy is just over it. Everything else gets quality 5.
 * @param {Buffer} body
 */
export async function brotliCopy(body) {
  const quick = await brotliAt(body, 5);
  if (quick.length <= FIRST_ROUND_TRIP || quick.length > FIRST_ROUND_TRIP * WITHIN_REACH) return quick;
  const best = await brotliAt(body, 11);
  return best.length < quick.length ? best : quick;
}

/**
 * Writes, beside every text file of the build, a Brotli (`brotliCopy`) and a gzip (level 9) copy: `x.html.br`,
 * `x.html.gz`. Hosts serve them as they are (Netlify, Cloudflare Pages and Vercel compress on their own; nginx with
 * `brotli_static on; gzip_static on;`), so visitors get the smallest encoding without the host compressing on the
 * fly at a lower level. It decides whether the essay arrives in the first round trip: 13.4 KiB in Brotli against
 * 16.1 KiB in gzip. Runs last, on the final HTML.
 * @returns {import('astro').AstroIntegration}
 */
export function precompress() {
  return {
    name: 'field-guide:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter(
          (file) => TEXT.test(file) && !file.startsWith('pagefind'),
        );
        let plain = 0;
        let br = 0;
        await eachLimited(files, FILES_IN_FLIGHT, async (file) => {
          const path = join(root, file);
          const body = await readFile(path);
          const [compressed, gzipped] = await Promise.all([brotliCopy(body), gzipAsync(body, { level: 9 })]);
          await Promise.all([writeFile(`${path}.br`, compressed), writeFile(`${path}.gz`, gzipped)]);
          plain += body.length;
          br += compressed.length;
        });
        logger.info(
          `${files.length} files precompressed: ${Math.round(plain / 1024)} KiB -> ${Math.round(br / 1024)} KiB in Brotli`,
        );
      },
    },
  };
}
