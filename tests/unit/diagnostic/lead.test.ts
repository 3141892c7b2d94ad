import { describe, expect, it } from 'vitest';
import { inRankingOrder, leadOver } from '../../../src/lib/diagnostic/lead';

describe('the lead in words', () => {
  it('says “level with” for a tie instead of “0 points ahead”', () => {
    expect(leadOver(0, 'Social Stasis')).toBe('level with Social Stasis (the tie rule puts it first)');
    expect(leadOver(12, 'Social Stasis')).toBe('12 points ahead of Social Stasis');
  });

  it('orders rows as the ranking does, ties included, with unranked rows last', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    // b and c tie; the ranking (its tie rule) put c first.
    const ranking = [
      { id: 'a', score: 60 },
      { id: 'c', score: 48 },
      { id: 'b', score: 48 },
    ];
    expect(inRankingOrder(rows, ranking).map((row) => row.id)).toEqual(['a', 'c', 'b', 'd']);
  });
});
