// @ts-check
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text the site serves; Pagefind's own index files are compressed already. */
const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

/**
 * Writes, beside every text file of the build, a Brotli (quality 11) and a gzip (level 9) copy: `x.html.br`,
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
        await Promise.all(
          files.map(async (file) => {
            const path = join(root, file);
            const body = await readFile(path);
            const [compressed, gzipped] = await Promise.all([
              brotli(body, {
                params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
              }),
              gzipAsync(body, { level: 9 }),
            ]);
            await Promise.all([writeFile(`${path}.br`, compressed), writeFile(`${path}.gz`, gzipped)]);
            plain += body.length;
            br += compressed.length;
          }),
        );
        logger.info(
          `${files.length} files precompressed: ${Math.round(plain / 1024)} KiB -> ${Math.round(br / 1024)} KiB in Brotli`,
        );
      },
    },
  };
}
