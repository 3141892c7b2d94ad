import { describe, expect, it } from 'vitest';
import { markdownBlocks, missingInOrder } from '../support/markdown-blocks';

describe('markdown blocks (the fidelity test’s reader)', () => {
  it('splits headings, paragraphs, list items and table rows, dropping markup', () => {
    const source = [
      '---',
      'title: x',
      '---',
      '## A *heading*',
      '',
      'First line',
      'continues here.',
      '',
      '- [Item](/a/) — one',
      '',
      '| H1 | H2 |',
      '| --- | --- |',
      '| a | b |',
      '',
      '---',
    ].join('\n');
    expect(markdownBlocks(source)).toEqual(['A heading', 'First line continues here.', 'Item — one', 'H1 H2', 'a b']);
  });

  it('reports blocks that are missing or out of order', () => {
    expect(missingInOrder(['one', 'two'], 'one … two')).toEqual([]);
    expect(missingInOrder(['two', 'one'], 'one … two')).toEqual(['one']);
    expect(missingInOrder(['three'], 'one two')).toEqual(['three']);
  });
});
