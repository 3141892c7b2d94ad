/**
 * How far apart a room's votes are, from its counts alone: the measures behind "where the room split". Counts say
 * how many chose each answer, not who, and these measures need nothing more.
 */
import { totalOf, type Counts } from './counts';

/** Each vote's value, repeated as often as it was chosen: `[2, 0, 1]` over values `[a, b, c]` is `[a, a, c]`. */
export function votesOf(counts: Counts, values: readonly (number | undefined)[]): number[] {
  return counts.flatMap((count, index) => {
    const value = values[index];
    return value === undefined ? [] : Array.from({ length: count }, () => value);
  });
}

/**
 * The average gap between two people's votes: over every pair of people who voted (not "not sure"), how far apart
 * their answers were, on average. Zero when everyone agreed; undefined with fewer than two votes. This is the
 * room's measure of a split: unlike highest minus lowest, one outlier does not make a statement look split.
 */
export function averageGap(counts: Counts, values: readonly (number | undefined)[]): number | undefined {
  let pairs = 0;
  let gaps = 0;
  counts.forEach((a, i) => {
    const x = values[i];
    if (x === undefined) return;
    pairs += (a * (a - 1)) / 2;
    counts.forEach((b, j) => {
      const y = values[j];
      if (j <= i || y === undefined) return;
      pairs += a * b;
      gaps += a * b * Math.abs(x - y);
    });
  });
  return pairs === 0 ? undefined : gaps / pairs;
}

/** The share of pairs of people (0–1) who gave different answers; undefined with fewer than two votes. */
export function differingShare(counts: Counts): number | undefined {
  const total = totalOf(counts);
  if (total < 2) return undefined;
  const samePairs = counts.reduce((sum, count) => sum + count * (count - 1), 0);
  return 1 - samePairs / (total * (total - 1));
}
