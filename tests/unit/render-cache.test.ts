import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey, cachedRender, isWholePng } from '../../src/lib/render-cache';

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);
const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A render that counts its calls. */
function counting(bytes: Uint8Array) {
  const render = () => {
    render.calls += 1;
    return bytes;
  };
  render.calls = 0;
  return render;
}

describe('rendered files cached between builds', () => {
  it('renders once, then serves the same bytes from the cache, leaving no file aside', async () => {
    const dir = freshDir();
    const render = counting(PNG);
    expect(await cachedRender(dir, 'k', render, isWholePng)).toEqual(PNG);
    expect(await cachedRender(dir, 'k', render, isWholePng)).toEqual(PNG);
    expect(render.calls).toBe(1);
    expect(readdirSync(dir)).toEqual(['k']);
  });

  it('renders again when the cached file is not whole, and replaces it', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'k'), PNG.slice(0, 12));
    const render = counting(PNG);
    expect(await cachedRender(dir, 'k', render, isWholePng)).toEqual(PNG);
    expect(await cachedRender(dir, 'k', render, isWholePng)).toEqual(PNG);
    expect(render.calls).toBe(1);
  });

  it('still renders with no cache, or one that cannot be written', async () => {
    const render = counting(PNG);
    expect(await cachedRender(undefined, 'k', render, isWholePng)).toEqual(PNG);
    const file = join(freshDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    expect(await cachedRender(file, 'k', render, isWholePng)).toEqual(PNG);
    expect(render.calls).toBe(2);
  });

  it('keys on every part, whole: moving text from one part to the next changes the key', () => {
    expect(cacheKey(['ab', 'c'])).toBe(cacheKey(['ab', 'c']));
    expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
    expect(cacheKey([Uint8Array.from([1, 2])])).not.toBe(cacheKey([Uint8Array.from([1, 3])]));
  });

  it('tells a whole PNG from a cut or foreign one', () => {
    expect(isWholePng(PNG)).toBe(true);
    expect(isWholePng(PNG.slice(0, -1))).toBe(false);
    expect(isWholePng(PNG.slice(1))).toBe(false);
    expect(isWholePng(new Uint8Array())).toBe(false);
  });
});
