/**
 * The trend over time as small multiples: one small chart per constraint, the runs in the order they were made
 * (evenly spaced, dated at both ends), and a mark where the question set changed, since scores from different sets
 * are not the same measure. With fewer than two runs there is no trend to draw, and the layout says so.
 */
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints';
import type { Scores } from '../diagnostic/scoring';
import { place, round } from './scale';

/** What the trend needs of a run. */
export interface TrendRun {
  id: string;
  finishedAt: string;
  questionSetVersion: number;
  scores: Scores;
}

export const TREND = {
  /** Two panels side by side on a 360 px phone. */
  width: 140,
  height: 72,
  padding: 8,
} as const;

export interface TrendPanel {
  id: ConstraintId;
  points: { runId: string; score: number; x: number; y: number }[];
  /** Polylines between consecutive scored runs of the same question set: no line crosses a gap or a set change. */
  lines: string[];
  first?: number | undefined;
  last?: number | undefined;
  /** Last score minus first, when both exist. */
  change?: number | undefined;
}

export type TrendLayout =
  | { kind: 'too-few'; runs: number }
  | {
      kind: 'trend';
      width: number;
      height: number;
      /** x of each run, oldest first. */
      xs: number[];
      /** x positions where the question set changed, halfway between the two runs. */
      setChanges: { x: number; from: number; to: number }[];
      panels: TrendPanel[];
      from: string;
      to: string;
    };

/** Lays out the trend of runs (in any order; they are sorted by date). */
export function layOutTrend(runs: readonly TrendRun[]): TrendLayout {
  if (runs.length < 2) return { kind: 'too-few', runs: runs.length };
  const ordered = [...runs].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  const { width, height, padding } = TREND;
  const xs = ordered.map((_, i) => round(padding + ((width - padding * 2) * i) / (ordered.length - 1)));
  const vertical = { start: height - padding, end: padding };
  const setChanges = ordered.slice(1).flatMap((run, i) => {
    const before = ordered[i]!;
    return run.questionSetVersion === before.questionSetVersion
      ? []
      : [{ x: round((xs[i]! + xs[i + 1]!) / 2), from: before.questionSetVersion, to: run.questionSetVersion }];
  });
  const panels = CONSTRAINT_IDS.map((id): TrendPanel => {
    const points = ordered.flatMap((run, i) => {
      const score = run.scores[id];
      return score === null ? [] : [{ runId: run.id, score, x: xs[i]!, y: place(score, vertical), index: i }];
    });
    const lines: string[] = [];
    let current: string[] = [];
    points.forEach((point, n) => {
      const previous = points[n - 1];
      const joined =
        previous !== undefined &&
        previous.index === point.index - 1 &&
        ordered[previous.index]!.questionSetVersion === ordered[point.index]!.questionSetVersion;
      if (!joined && current.length > 1) lines.push(current.join(' '));
      if (!joined) current = [];
      current.push(`${point.x},${point.y}`);
    });
    if (current.length > 1) lines.push(current.join(' '));
    const first = points[0]?.score;
    const last = points.at(-1)?.score;
    return {
      id,
      points: points.map(({ runId, score, x, y }) => ({ runId, score, x, y })),
      lines,
      first,
      last,
      change: first !== undefined && last !== undefined && points.length > 1 ? last - first : undefined,
    };
  });
  return {
    kind: 'trend',
    width,
    height,
    xs,
    setChanges,
    panels,
    from: ordered[0]!.finishedAt,
    to: ordered.at(-1)!.finishedAt,
  };
}
