import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { coveringSample, elementKinds } from '../support/layout-sample';

describe('elementKinds', () => {
  it('names each element by tag, sorted classes and role, in its parent', () => {
    const root = parse(
      '<main><p class="b a">x <a href="/">y</a></p><table><tr><td><a href="/">z</a></td></tr></table><div role="note"></div></main>',
    );
    expect([...elementKinds(root)].sort()).toEqual(
      [
        ' > main',
        'main > p.a.b',
        'p.a.b > a',
        'main > table',
        'table > tr',
        'tr > td',
        'td > a',
        'main > div[role=note]',
      ].sort(),
    );
  });
});

describe('coveringSample', () => {
  const page = (item: string, ...kinds: string[]) => ({ item, kinds: new Set(kinds) });

  it('picks the fewest pages that show every kind, most new kinds first', () => {
    expect(coveringSample([page('a', 'p'), page('b', 'p', 'table'), page('c', 'p', 'ol'), page('d', 'ol')])).toEqual([
      'b',
      'c',
    ]);
  });

  it('takes one page when one shows everything, and the first of equals', () => {
    expect(coveringSample([page('a', 'p', 'h2'), page('b', 'p', 'h2'), page('c', 'p')])).toEqual(['a']);
  });

  it('keeps a page whose one kind no other page has', () => {
    expect(coveringSample([page('a', 'p', 'h2', 'ul'), page('b', 'p', 'h2', 'ul'), page('c', 'p', 'figure')])).toEqual([
      'a',
      'c',
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(coveringSample([])).toEqual([]);
  });
});
