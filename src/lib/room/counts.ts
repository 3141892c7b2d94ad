/**
 * The room's vote counts: for one statement or checklist item, how many people chose each answer, in the order of
 * the answer options. The facilitator types them; a count is never rejected for not adding up to the team, only
 * flagged, because a late arrival or an abstention is part of what happened in the room.
 */

/** Largest team a room session is set up for; a count above it is certainly a typing slip. */
export const MAX_TEAM_SIZE = 60;
/** Most digits a count field takes: counts go up to MAX_TEAM_SIZE. */
export const COUNT_DIGITS = 2;

/** How many people chose each answer, in the order of the answer options. */
export type Counts = readonly number[];

/** Counts of zero for each of `options` answers. */
export function noCounts(options: number): number[] {
  return Array.from({ length: options }, () => 0);
}

/** The number of votes counted. */
export function totalOf(counts: Counts): number {
  return counts.reduce((sum, count) => sum + count, 0);
}

/** How a statement's counts compare with the team size. */
export type CountCheck =
  { kind: 'none' } | { kind: 'complete' } | { kind: 'short'; missing: number } | { kind: 'over'; extra: number };

/** Compares the counts with the team size: nothing counted yet, all counted, some missing, or too many. */
export function checkCounts(counts: Counts, teamSize: number): CountCheck {
  const total = totalOf(counts);
  if (total === 0) return { kind: 'none' };
  if (total === teamSize) return { kind: 'complete' };
  return total < teamSize ? { kind: 'short', missing: teamSize - total } : { kind: 'over', extra: total - teamSize };
}

/** The sentence shown under the counts, e.g. "5 of 6 counted". */
export function countCheckText(counts: Counts, teamSize: number): string {
  const check = checkCounts(counts, teamSize);
  const total = totalOf(counts);
  switch (check.kind) {
    case 'none':
      return `No votes counted yet (team of ${teamSize}).`;
    case 'complete':
      return `All ${teamSize} counted.`;
    case 'short':
      return `${total} of ${teamSize} counted: ${check.missing} not counted yet.`;
    case 'over':
      return `${total} counted for a team of ${teamSize}: ${check.extra} too many. Check the counts.`;
  }
}

/**
 * A count field's text, kept to digits: anything else typed or pasted is dropped, and the value is capped at what
 * COUNT_DIGITS digits hold. Empty text is zero.
 */
export function countFromText(text: string): number {
  const digits = text.replace(/\D/g, '').slice(-COUNT_DIGITS);
  return digits === '' ? 0 : Number(digits);
}

/** A count after an arrow key: up adds one, down takes one away; never below zero or above the largest count. */
export function stepCount(count: number, key: 'ArrowUp' | 'ArrowDown'): number {
  const next = key === 'ArrowUp' ? count + 1 : count - 1;
  return Math.min(10 ** COUNT_DIGITS - 1, Math.max(0, next));
}
