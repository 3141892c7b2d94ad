import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, budgetOverruns, kib, listPages, measurePage } from '../../bench/lib/page-weight';
import { DIST, requireDist } from '../support/dist';

beforeAll(requireDist);

describe('byte budgets of the built site', () => {
  it('every page stays within its budgets', () => {
    const weights = listPages(DIST).map((file) => measurePage(DIST, file));
    console.table(
      weights.map((w) => ({
        page: w.file,
        type: w.type,
        html: kib(w.htmlGzip),
        css: kib(w.cssGzip),
        'js at start': kib(w.jsStartGzip),
        'js on interaction': kib(w.jsInteractionGzip),
      })),
    );
    expect(weights.length).toBeGreaterThan(10);
    expect(weights.flatMap(budgetOverruns)).toEqual([]);
  });

  it('content pages load no framework JS at start, and search code only on interaction', () => {
    const essay = measurePage(DIST, 'essay/ticket-factory-to-impact/index.html');
    expect(essay.frameworkAtStart).toBe(false);
    expect(essay.jsInteractionGzip).toBeGreaterThan(essay.jsStartGzip);
  });
});

describe('the budget check itself', () => {
  let fixture: string;
  beforeAll(() => {
    fixture = mkdtempSync(join(tmpdir(), 'tfi-budget-'));
    mkdirSync(join(fixture, 'constraints/heavy'), { recursive: true });
    mkdirSync(join(fixture, 'tools/heavy'), { recursive: true });
    mkdirSync(join(fixture, '_astro'));
    // Random text barely compresses, so these pages really are over budget once gzipped.
    const noise = (bytes: number) =>
      Array.from({ length: bytes / 8 }, () => Math.random().toString(36).slice(2, 10)).join('');
    writeFileSync(
      join(fixture, 'constraints/heavy/index.html'),
      `<!doctype html><html><head><style>${noise(BUDGETS.cssGzip * 2)}</style></head><body><p>${noise(BUDGETS.htmlGzip * 2)}</p><div data-island="heavy"></div><template data-after-first-paint="/_astro/island.js"></template></body></html>`,
    );
    writeFileSync(join(fixture, '_astro/island.js'), 'import "./big.js";const later=()=>import(`./lazy.js`);');
    writeFileSync(join(fixture, '_astro/lazy.js'), `export const lazy = "${noise(4096)}";`);
    writeFileSync(join(fixture, '_astro/big.js'), `const s = "${noise(BUDGETS.toolJsStartGzip * 2)}";`);
    writeFileSync(
      join(fixture, 'tools/heavy/index.html'),
      `<!doctype html><html><head></head><body><script type="module" src="/_astro/island.js"></script></body></html>`,
    );
  });
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('fails an over-budget content page, naming the page and each overrun', () => {
    const overruns = budgetOverruns(measurePage(fixture, 'constraints/heavy/index.html'));
    expect(overruns).toHaveLength(4);
    expect(overruns[0]).toMatch(
      /^constraints\/heavy\/index\.html: HTML \(gzip\) is [\d.]+ KiB, over the 14\.0 KiB budget by/,
    );
    expect(overruns[1]).toMatch(/HTML \(Brotli, as served\) is [\d.]+ KiB, over the 14\.0 KiB budget/);
    expect(overruns[2]).toMatch(/render-blocking CSS \(gzip\) is [\d.]+ KiB, over the 10\.0 KiB budget/);
    expect(overruns[3]).toBe('constraints/heavy/index.html: a content page loads framework JS at start');
  });

  it('fails a tool page whose start-up JS, followed through its imports, is over 14 KiB', () => {
    const weight = measurePage(fixture, 'tools/heavy/index.html');
    expect(weight.jsInteractionGzip).toBeGreaterThan(2048); // the lazily imported chunk, minifier's backtick form
    expect(weight.jsStartGzip).toBeGreaterThan(BUDGETS.toolJsStartGzip);
    expect(budgetOverruns(weight)).toEqual([
      expect.stringMatching(
        /^tools\/heavy\/index\.html: JS loaded at start \(gzip\) is [\d.]+ KiB, over the 14\.0 KiB budget/,
      ),
    ]);
  });
});
