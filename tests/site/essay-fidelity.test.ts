import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, requireDist, textOf } from '../support/dist';
import { markdownBlocks, missingInOrder } from '../support/markdown-blocks';

beforeAll(requireDist);

/** The author's original, kept verbatim in content/source/ so this check needs nothing outside the repo. */
const source = readFileSync(join(import.meta.dirname, '../../content/source/ticket-factory-to-impact.md'), 'utf8');

const PAGES = [
  'essay/ticket-factory-to-impact/index.html',
  'appendices/coordination-trap-diagnostic/index.html',
  'appendices/alignment-constraint-map/index.html',
];

describe('the essay as published', () => {
  const blocks = markdownBlocks(source);
  const published = () => PAGES.map((file) => textOf(page(file).querySelector('main article')!)).join('\n');

  it('has a sizeable source to compare with', () => {
    expect(blocks.length).toBeGreaterThan(80);
  });

  it('shows every heading, paragraph, list item and table row of the source, in order, with its wording', () => {
    expect(missingInOrder(blocks, published())).toEqual([]);
  });

  it('keeps the typographic quotes and dashes', () => {
    const text = published();
    for (const mark of ['“', '”', '’', '—']) expect(text).toContain(mark);
  });

  it('shows the author, the date and a reading time', () => {
    const byline = textOf(page(PAGES[0]!).querySelector('article .meta')!);
    expect(byline).toMatch(/By muness · October 20, 2025 · \d+ min read/);
  });

  it('links to both appendices where it ends', () => {
    const links = page(PAGES[0]!)
      .querySelectorAll('article nav.continue a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/appendices/coordination-trap-diagnostic/', '/appendices/alignment-constraint-map/']);
  });
});
