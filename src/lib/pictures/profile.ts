/**
 * The profile at a glance: the eight constraints as one column of bars, always in the order of the essay and
 * Appendix K, so every team's profile reads the same way. The dominant constraint's bar is solid, and the margin to
 * the runner-up is drawn on it: a mark where the runner-up's score falls, bracketed to the dominant's.
 *
 * Bars, not a radar: a radar's area grows with the square of the scores and changes with the order of its axes, so
 * the same scores in another order would look like another team; a bar's length is its score, nothing more.
 */
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints';
import type { Scores } from '../diagnostic/scoring';
import { place, round, type Span } from './scale';

export const PROFILE = {
  /** Each row: the constraint's name and score on a line, the bar under it. */
  rowHeight: 31,
  labelHeight: 16,
  barHeight: 10,
  /** Room above the first row for the margin's label. */
  top: 4,
  /**
   * Narrower than this, a label ("Moral Optics Alignment: 88 · +12 (dominant)") no longer fits on one line: the
   * name goes on one line and the score on the next, so the text keeps its size instead of running off the screen.
   */
  twoLinesBelow: 440,
} as const;

export interface ProfileBar {
  id: ConstraintId;
  score: number | null;
  /** Baseline of the row's label (of its first line, when the label takes two). */
  labelY: number;
  /** Baseline of the label's second line (the score), on narrow screens; undefined when it takes one line. */
  scoreY?: number | undefined;
  /** Top of the bar; its length runs from the scale's start to `end`. */
  y: number;
  end?: number | undefined;
  dominant: boolean;
  runnerUp: boolean;
}

export interface ProfileLayout {
  width: number;
  height: number;
  scale: Span;
  bars: ProfileBar[];
  /** On the dominant bar: where the runner-up's score falls, and the margin in points. */
  margin?: { y: number; runnerUpX: number; dominantX: number; points: number } | undefined;
}

/**
 * @param ranking the verdict's ranking, highest first: the runner-up is the best-scored constraint that is not the
 *   dominant one (a tie-break can choose the dominant constraint over a higher score)
 * @param width the pixels available, so text keeps its size on any screen
 */
export function layOutProfile(
  scores: Scores,
  dominant: ConstraintId | undefined,
  ranking: readonly { id: ConstraintId; score: number }[],
  width: number,
): ProfileLayout {
  const { labelHeight, top } = PROFILE;
  const twoLines = width < PROFILE.twoLinesBelow;
  const rowHeight = PROFILE.rowHeight + (twoLines ? labelHeight : 0);
  const scale = { start: 0, end: width };
  const runnerUp = ranking.find((entry) => entry.id !== dominant);
  const bars = CONSTRAINT_IDS.map((id, i): ProfileBar => {
    const score = scores[id];
    const rowTop = top + rowHeight * i;
    const labelY = rowTop + labelHeight - 4;
    return {
      id,
      score,
      labelY,
      scoreY: twoLines ? labelY + labelHeight : undefined,
      y: rowTop + labelHeight * (twoLines ? 2 : 1),
      end: score === null ? undefined : place(score, scale),
      dominant: id === dominant,
      runnerUp: id === runnerUp?.id,
    };
  });
  const lead = bars.find((bar) => bar.dominant);
  const second = bars.find((bar) => bar.runnerUp);
  const margin =
    lead?.end !== undefined && second?.end !== undefined && lead.score !== null && second.score !== null
      ? { y: lead.y, runnerUpX: second.end, dominantX: lead.end, points: lead.score - second.score }
      : undefined;
  return { width, height: round(top + rowHeight * bars.length), scale, bars, margin };
}
