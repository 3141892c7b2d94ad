import { describe, expect, it } from 'vitest';
import { MAX_SECTIONS_PER_HIT, resultsSummary, toSearchHit } from '../../src/lib/search-results';

const fragment = {
  url: '/essay/ticket-factory-to-impact/',
  excerpt: 'Toyota’s <mark>andon</mark> cord',
  meta: { title: 'Ticket Factory to Impact' },
  sub_results: [
    { title: 'Ticket Factory to Impact', url: '/essay/ticket-factory-to-impact/', excerpt: '' },
    {
      title: 'The Courage to Stop the Line',
      url: '/essay/ticket-factory-to-impact/#the-courage-to-stop-the-line',
      excerpt: '',
    },
  ],
};

describe('search hits', () => {
  it('shows the page title and the matching section, not the page again', () => {
    expect(toSearchHit(fragment)).toEqual({
      title: 'Ticket Factory to Impact',
      url: '/essay/ticket-factory-to-impact/',
      excerpt: 'Toyota’s <mark>andon</mark> cord',
      sections: [
        { title: 'The Courage to Stop the Line', url: '/essay/ticket-factory-to-impact/#the-courage-to-stop-the-line' },
      ],
    });
  });

  it('falls back to the URL when a page has no title', () => {
    expect(toSearchHit({ ...fragment, meta: {} }).title).toBe(fragment.url);
  });

  it('lists at most a few sections per page', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ title: `S${i}`, url: `${fragment.url}#s${i}`, excerpt: '' }));
    expect(toSearchHit({ ...fragment, sub_results: many }).sections).toHaveLength(MAX_SECTIONS_PER_HIT);
  });
});

describe('results summary', () => {
  it('says nothing for an empty query', () => expect(resultsSummary('  ', 0)).toBe(''));
  it('says when nothing matched', () => expect(resultsSummary('zzz', 0)).toBe('No results for “zzz”.'));
  it('uses the singular for one result', () => expect(resultsSummary('andon', 1)).toBe('1 result for “andon”.'));
  it('uses the plural otherwise', () => expect(resultsSummary(' andon ', 4)).toBe('4 results for “andon”.'));
});
