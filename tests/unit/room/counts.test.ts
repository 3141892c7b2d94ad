import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCounts, countCheckText, countFromText, stepCount } from '../../../src/lib/room/counts';
import { averageGap, differingShare } from '../../../src/lib/room/splits';

describe('room counts', () => {
  it('flags counts that fall short of or exceed the team, and accepts them', () => {
    expect(checkCounts([0, 0, 0], 6)).toEqual({ kind: 'none' });
    expect(checkCounts([2, 4, 0], 6)).toEqual({ kind: 'complete' });
    expect(checkCounts([2, 3, 0], 6)).toEqual({ kind: 'short', missing: 1 });
    expect(checkCounts([5, 3, 0], 6)).toEqual({ kind: 'over', extra: 2 });
    expect(countCheckText([2, 3, 0], 6)).toBe('5 of 6 counted: 1 not counted yet.');
    expect(countCheckText([5, 3, 0], 6)).toBe('8 counted for a team of 6: 2 too many. Check the counts.');
  });

  it('keeps a count field to digits, two at most, and steps with the arrow keys without going below zero', () => {
    expect(countFromText('')).toBe(0);
    expect(countFromText('4')).toBe(4);
    expect(countFromText('1a2')).toBe(12);
    expect(countFromText('123')).toBe(23);
    expect(countFromText('-3')).toBe(3);
    expect(stepCount(0, 'ArrowDown')).toBe(0);
    expect(stepCount(0, 'ArrowUp')).toBe(1);
    expect(stepCount(99, 'ArrowUp')).toBe(99);
  });

  it('measures a split as the average gap between two people, whatever the order of the votes', () => {
    const values = [0, 25, 50, 75, 100, undefined];
    expect(averageGap([0, 0, 0, 6, 0, 0], values)).toBe(0);
    expect(averageGap([1, 0, 0, 0, 1, 0], values)).toBe(100);
    expect(averageGap([1, 0, 0, 0, 0, 5], values)).toBeUndefined();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 6, maxLength: 6 }), (counts) => {
        const people = counts.flatMap((count, i) => Array.from({ length: i < 5 ? count : 0 }, () => values[i]!));
        let gaps = 0;
        let pairs = 0;
        for (let a = 0; a < people.length; a += 1)
          for (let b = a + 1; b < people.length; b += 1) {
            gaps += Math.abs(people[a]! - people[b]!);
            pairs += 1;
          }
        const gap = averageGap(counts, values);
        if (pairs === 0) expect(gap).toBeUndefined();
        else expect(gap).toBeCloseTo(gaps / pairs, 9);
      }),
    );
  });

  it('measures a checklist split as the share of pairs who answered differently', () => {
    expect(differingShare([6, 0, 0])).toBe(0);
    expect(differingShare([1, 1, 0])).toBe(1);
    expect(differingShare([3, 0, 3])).toBeCloseTo(9 / 15);
    expect(differingShare([1, 0, 0])).toBeUndefined();
  });
});
