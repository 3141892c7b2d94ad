/**
 * Counts the room should check, for the result: kept apart from counts.ts, whose code every room page loads at
 * start, because only the result and the Markdown need these.
 */
import { checkCounts, type Counts } from './counts';

/** How many statements or items have counts that are neither empty nor the team: counts the room should check. */
export function offCountOf(all: readonly Counts[], teamSize: number): number {
  return all.filter((counts) => !['complete', 'none'].includes(checkCounts(counts, teamSize).kind)).length;
}

/** "The counts of 2 items do not add up to the team of 6." */
export function offCountText(off: number, nouns: readonly [string, string], teamSize: number): string {
  return `The counts of ${off} ${off === 1 ? nouns[0] : nouns[1]} do not add up to the team of ${teamSize}.`;
}
