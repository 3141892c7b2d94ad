import { describe, expect, it } from 'vitest';
import { markdownHeadingIds } from '../../src/lib/heading-ids';

describe('markdown heading ids', () => {
  it('slugs headings the way Astro does, dropping typographic punctuation', () => {
    expect(markdownHeadingIds('## Why it’s a coordination problem (not ignorance)')).toEqual([
      'why-its-a-coordination-problem-not-ignorance',
    ]);
  });

  it('keeps the double hyphen left by a spaced dash', () => {
    expect(markdownHeadingIds('### Appendix K — Alignment Constraint Map')).toEqual([
      'appendix-k--alignment-constraint-map',
    ]);
  });

  it('numbers repeated headings like github-slugger', () => {
    expect(markdownHeadingIds('## Steps\n\ntext\n\n## Steps')).toEqual(['steps', 'steps-1']);
  });

  it('ignores the page title, hashes inside code fences and plain text', () => {
    expect(markdownHeadingIds('# Title\n\n```sh\n## not a heading\n```\n\nA # in text\n#### Deep one')).toEqual([
      'deep-one',
    ]);
  });

  it('uses link text, not link targets', () => {
    expect(markdownHeadingIds('## See [the map](/constraints/)')).toEqual(['see-the-map']);
  });
});
