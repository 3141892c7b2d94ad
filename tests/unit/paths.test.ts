import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/paths';

describe('withBase', () => {
  it('leaves root paths alone at the site root', () => {
    expect(withBase('/essay/x/', '/')).toBe('/essay/x/');
  });

  it('prefixes a sub-path base, with or without its trailing slash', () => {
    expect(withBase('/essay/x/', '/guide/')).toBe('/guide/essay/x/');
    expect(withBase('/essay/x/', '/guide')).toBe('/guide/essay/x/');
    expect(withBase('search/', '/guide')).toBe('/guide/search/');
  });

  it('does not touch absolute URLs, protocol-relative URLs or fragments', () => {
    expect(withBase('https://example.org/a', '/guide/')).toBe('https://example.org/a');
    expect(withBase('mailto:a@b.c', '/guide/')).toBe('mailto:a@b.c');
    expect(withBase('//cdn.example/a', '/guide/')).toBe('//cdn.example/a');
    expect(withBase('#signals', '/guide/')).toBe('#signals');
  });
});
