import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages, page, requireDist } from '../support/dist';
import { useSubpathBuild } from '../support/subpath-build';

beforeAll(requireDist);

/** Routes that must have a link preview image: home, the essay, the constraints, the guardrails, the tools and rooms. */
const withPreview = (file: string) =>
  file === 'index.html' ||
  /^(essay|constraints|guardrails)\/[^/]+\/index\.html$/.test(file) ||
  /^tools\/(diagnostic|impact-chain-canvas|health-checklist)\/(room\/)?index\.html$/.test(file);

const meta = (file: string, key: string) =>
  page(file).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link previews', () => {
  const files = () => htmlPages().filter(withPreview);

  it('cover the home page, the essay, the eight constraints, every guardrail, the three tools and the two rooms', () => {
    const guardrails = htmlPages().filter((f) => /^guardrails\/[^/]+\/index\.html$/.test(f)).length;
    expect(guardrails).toBeGreaterThan(20);
    expect(files().length).toBe(1 + 1 + 8 + guardrails + 3 + 2);
  });

  it.each(files())('%s names a 1200×630 image under 100 KB, with its alt text and size', (file) => {
    const image = meta(file, 'og:image');
    expect(image).toMatch(/^https?:\/\/[^/]+\/.*og\/[\w/-]+\.png$/);
    expect(meta(file, 'twitter:image')).toBe(image);
    expect(meta(file, 'twitter:card')).toBe('summary_large_image');
    expect(meta(file, 'og:image:width')).toBe('1200');
    expect(meta(file, 'og:image:height')).toBe('630');
    const title = meta(file, 'og:title')!;
    expect(meta(file, 'og:image:alt')).toContain(title.replace(/ —.*/, ''));
    const path = join(DIST, new URL(image!).pathname);
    expect(existsSync(path), path).toBe(true);
    expect(pngSize(readFileSync(path))).toEqual({ width: 1200, height: 630 });
    expect(statSync(path).size).toBeLessThan(100_000);
  });

  it('leaves the other pages with a plain summary card and no image', () => {
    const others = htmlPages().filter((file) => !withPreview(file) && file !== '404.html');
    expect(others.length).toBeGreaterThan(3);
    for (const file of others) {
      expect(meta(file, 'og:image'), file).toBeUndefined();
      expect(meta(file, 'twitter:card'), file).toBe('summary');
    }
  });
});

describe('link-preview cards drawn beside the pages', () => {
  // The sub-path build (scripts/test.ts, support/subpath-build.ts) has its cards drawn on a worker thread, as a
  // 1,000-page build does; the main build draws them on the page's own thread.
  const subpathBuild = useSubpathBuild();

  it('are the cards the pages draw themselves, byte for byte', () => {
    const cards = readdirSync(join(DIST, 'og'), { recursive: true }).filter((name) => String(name).endsWith('.png'));
    expect(cards.length).toBeGreaterThan(30);
    const differ = cards.filter(
      (name) =>
        !readFileSync(join(DIST, 'og', String(name))).equals(readFileSync(join(subpathBuild(), 'og', String(name)))),
    );
    expect(differ).toEqual([]);
  });
});
