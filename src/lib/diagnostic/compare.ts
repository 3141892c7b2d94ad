/** "Since last run": a run is compared only with an earlier run that answered the same statements. */
import type { ConstraintId } from '../constraints';
import type { DiagnosticRun } from '../tools/diagnostic-data';
import { scoreChanges } from './scoring';

export interface Comparison {
  changes?: Record<ConstraintId, number | null>;
  /** Why there is no comparison although earlier runs exist. */
  note?: string;
}

/** The change in each score since the latest earlier run of the same question set, or why there is none. */
export function compareWithEarlier(runs: readonly DiagnosticRun[], runId: string): Comparison {
  const index = runs.findIndex((run) => run.id === runId);
  const run = runs[index];
  if (!run || index === 0) return {};
  const earlier = runs.slice(0, index);
  const like = earlier.filter((other) => other.questionSetVersion === run.questionSetVersion).at(-1);
  if (like) return { changes: scoreChanges(run.scores, like.scores) };
  const sets = [...new Set(earlier.map((other) => other.questionSetVersion))].join(' and ');
  return {
    note: `Your earlier runs used question set ${sets}, whose statements differ from this run’s (set ${run.questionSetVersion}), so their scores are not compared with these.`,
  };
}

/** A change in points as people read it: +5, ±0, −5 (a true minus sign). */
export function signedChange(points: number): string {
  return points > 0 ? `+${points}` : points === 0 ? '±0' : `−${Math.abs(points)}`;
}
