import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_ROUND_TRIP } from '../../src/integrations/precompress.mjs';
import { DIST, requireDist } from '../support/dist';

beforeAll(requireDist);

describe('precompressed copies for hosts to serve', () => {
  const text = () =>
    readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.(html|css|js|json|svg|xml|txt)$/.test(file) && !file.startsWith('pagefind'),
    );

  it('sit beside every text file, in Brotli and gzip, and hold exactly its bytes', () => {
    const files = text();
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const original = readFileSync(join(DIST, file));
      expect(brotliDecompressSync(readFileSync(join(DIST, `${file}.br`))).equals(original), `${file}.br`).toBe(true);
      expect(gunzipSync(readFileSync(join(DIST, `${file}.gz`))).equals(original), `${file}.gz`).toBe(true);
    }
  });

  it('put every page that Brotli at its best could fit in the first round trip there, the essay first', () => {
    const pages = text().filter((file) => file.endsWith('.html'));
    const size = (file: string) => readFileSync(join(DIST, `${file}.br`)).length;
    expect(size('essay/ticket-factory-to-impact/index.html')).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    const over = pages.filter((file) => size(file) > FIRST_ROUND_TRIP);
    const couldFit = over.filter(
      (file) =>
        brotliCompressSync(readFileSync(join(DIST, file)), {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
        }).length <= FIRST_ROUND_TRIP,
    );
    expect(couldFit).toEqual([]);
  });
});
