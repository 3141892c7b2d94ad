import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ISLANDS = join(import.meta.dirname, '../../src/islands');
const MAX_ISLAND_LINES = 150;

describe('the shape of the code', () => {
  it(`keeps every island file under ${MAX_ISLAND_LINES} lines: views only, the logic lives in stores and lib`, () => {
    const islands = readdirSync(ISLANDS, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    const long = islands
      .map((file) => ({ file: relative(ISLANDS, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_ISLAND_LINES);
    expect(islands.length).toBeGreaterThan(20);
    expect(long).toEqual([]);
  });

  it('formats every date for American English readers, like the essay’s byline', () => {
    const src = join(import.meta.dirname, '../../src');
    const calls = readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx|astro)$/.test(entry.name))
      .flatMap((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [...readFileSync(file, 'utf8').matchAll(/toLocale(?:Date|Time)?String\(\s*'([^']+)'/g)].map((m) => ({
          file: relative(src, file),
          locale: m[1],
        }));
      });
    expect(calls.length).toBeGreaterThan(3);
    expect(calls.filter((call) => call.locale !== 'en-US')).toEqual([]);
  });
});
