/**
 * The geometry every picture of scores shares: a 0–100 score placed on a line of pixels. Pure numbers, so the
 * pictures are tested here and drawn by thin components.
 */

/** A horizontal (or vertical) run of pixels that the 0–100 scale maps onto. */
export interface Span {
  start: number;
  end: number;
}

/** Where a score (clamped to 0–100) falls on a span; `start` is 0 and `end` is 100. */
export function place(score: number, span: Span): number {
  const clamped = Math.min(100, Math.max(0, score));
  return round(span.start + ((span.end - span.start) * clamped) / 100);
}

/** Pixels to two decimals: enough for SVG, and stable in tests. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The scale's ticks, for grid lines and labels. */
export const TICKS = [0, 25, 50, 75, 100] as const;
