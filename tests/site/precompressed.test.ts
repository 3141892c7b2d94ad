import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
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
});
