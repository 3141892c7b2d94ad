/** The team view: several members' shared results side by side, with where the team agrees least. */
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints';
import type { SharedResult } from './share';

/** Most links the team view accepts at once. */
export const MAX_TEAM_LINKS = 20;

export interface TeamRow {
  id: ConstraintId;
  /** Each member's score, in the order the links were given (null where a member has none). */
  members: (number | null)[];
  median: number | null;
  /** Highest minus lowest member score; null with fewer than two scores. */
  spread: number | null;
}

export interface TeamSummary {
  rows: TeamRow[];
  /** The constraint with the widest spread (ties in essay order); undefined when no spread exists. */
  mostDisagreement?: ConstraintId;
  /** The constraint with the highest median (ties in essay order). */
  highestMedian?: ConstraintId;
}

/** Median of numbers; the mean of the middle two for an even count, rounded. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Summarizes members' results per constraint. */
export function summarizeTeam(results: readonly SharedResult[]): TeamSummary {
  const rows: TeamRow[] = CONSTRAINT_IDS.map((id) => {
    const members = results.map((result) => result.scores[id]);
    const scored = members.filter((score): score is number => score !== null);
    return {
      id,
      members,
      median: median(scored),
      spread: scored.length >= 2 ? Math.max(...scored) - Math.min(...scored) : null,
    };
  });
  const pick = (value: (row: TeamRow) => number | null) =>
    rows.reduce<TeamRow | undefined>((best, row) => {
      const v = value(row);
      return v !== null && (best === undefined || v > value(best)!) ? row : best;
    }, undefined)?.id;
  const summary: TeamSummary = { rows };
  const disagreement = pick((row) => row.spread);
  const highest = pick((row) => row.median);
  if (disagreement) summary.mostDisagreement = disagreement;
  if (highest) summary.highestMedian = highest;
  return summary;
}
