/**
 * The team's spread as a dot plot: one row per constraint, one dot per member on the 0–100 scale, the median marked
 * and the widest disagreement picked out. Members with the same score stack so that every dot stays visible.
 */
import type { ConstraintId } from '../constraints';
import type { TeamSummary } from '../diagnostic/team';
import { place, round, type Span } from './scale';

export interface DotPlotLayout {
  width: number;
  height: number;
  /** Where 0 and 100 fall. */
  scale: Span;
  rows: DotPlotRow[];
}

export interface DotPlotRow {
  id: ConstraintId;
  /** Baseline of the row's label (the constraint's name), above its dots. */
  labelY: number;
  /** Vertical middle of the row's dots. */
  y: number;
  dots: { member: number; score: number; x: number; y: number }[];
  median?: { score: number; x: number } | undefined;
  /** From the lowest to the highest member score; only with two or more scores. */
  range?: { from: number; to: number; spread: number } | undefined;
  /** The row where the team disagrees most. */
  widest: boolean;
}

export const DOT_PLOT = {
  /** Keeps the end dots whole. */
  padding: 8,
  rowHeight: 48,
  /** The top of each row holds the constraint's name. */
  labelHeight: 18,
  /** Room above the rows for the scale's labels. */
  top: 20,
  radius: 5,
} as const;

/**
 * Lays out the rows of a team summary in `width` pixels (text keeps its size on any screen). Members with the same
 * score share a column: their dots spread evenly up and
 * down the row, one dot apart while there is room, closer when many tie, never outside the row.
 */
export function layOutDotPlot(summary: TeamSummary, width: number): DotPlotLayout {
  const { padding, rowHeight, labelHeight, top, radius } = DOT_PLOT;
  const scale = { start: padding, end: width - padding };
  const room = (rowHeight - labelHeight) / 2 - radius;
  const rows = summary.rows.map((row, index): DotPlotRow => {
    const rowTop = top + rowHeight * index;
    const y = rowTop + labelHeight + (rowHeight - labelHeight) / 2;
    const tied = new Map<number, number[]>();
    row.members.forEach((score, member) => {
      if (score !== null) tied.set(score, [...(tied.get(score) ?? []), member]);
    });
    const dots = [...tied].flatMap(([score, members]) => {
      const gap = members.length > 1 ? Math.min(radius * 2 + 1, (room * 2) / (members.length - 1)) : 0;
      const first = -((members.length - 1) * gap) / 2;
      return members.map((member, i) => ({ member, score, x: place(score, scale), y: round(y + first + i * gap) }));
    });
    dots.sort((a, b) => a.member - b.member);
    const scores = dots.map((dot) => dot.score);
    return {
      id: row.id,
      labelY: rowTop + labelHeight - 5,
      y,
      dots,
      median: row.median === null ? undefined : { score: row.median, x: place(row.median, scale) },
      range:
        row.spread === null
          ? undefined
          : { from: place(Math.min(...scores), scale), to: place(Math.max(...scores), scale), spread: row.spread },
      widest: summary.mostDisagreement === row.id,
    };
  });
  return { width, height: top + rowHeight * rows.length, scale, rows };
}
