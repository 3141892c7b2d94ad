import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS, type ConstraintId } from '../../../src/lib/constraints';
import type { Scores } from '../../../src/lib/diagnostic/scoring';
import { summarizeTeam } from '../../../src/lib/diagnostic/team';
import { DOT_PLOT, layOutDotPlot } from '../../../src/lib/pictures/dot-plot';
import { PROFILE, layOutProfile } from '../../../src/lib/pictures/profile';
import { place } from '../../../src/lib/pictures/scale';
import { layOutTrend, type TrendRun } from '../../../src/lib/pictures/trend';

const scoresOf = (value: (id: ConstraintId, i: number) => number | null): Scores =>
  Object.fromEntries(CONSTRAINT_IDS.map((id, i) => [id, value(id, i)])) as Scores;
const team = (...members: Scores[]) => summarizeTeam(members.map((scores) => ({ questionSetVersion: 2, scores })));

describe('the 0–100 scale', () => {
  it('puts 0 at the start, 100 at the end and clamps what is outside', () => {
    const span = { start: 16, end: 624 };
    expect([place(0, span), place(50, span), place(100, span), place(-5, span), place(130, span)]).toEqual([
      16, 320, 624, 16, 624,
    ]);
    expect(place(100, { start: 140, end: 20 })).toBe(20); // a vertical scale runs upward
  });

  it('keeps every score inside its span, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const span = { start: 10, end: 210 };
        expect(place(a, span)).toBeGreaterThanOrEqual(10);
        expect(place(a, span)).toBeLessThanOrEqual(210);
        if (a < b) expect(place(a, span)).toBeLessThan(place(b, span));
      }),
    );
  });
});

describe('the dot plot of a team', () => {
  it('draws one dot per member and score, the median, and the range of the widest row', () => {
    const layout = layOutDotPlot(
      team(
        scoresOf(() => 25),
        scoresOf((id) => (id === 'social-stasis' ? 100 : 50)),
        scoresOf((id) => (id === 'social-stasis' ? 0 : 75)),
      ),
      640,
    );
    expect(layout.rows.map((row) => row.id)).toEqual([...CONSTRAINT_IDS]);
    const stasis = layout.rows.find((row) => row.id === 'social-stasis')!;
    expect(stasis.widest).toBe(true);
    expect(layout.rows.filter((row) => row.widest)).toHaveLength(1);
    expect(stasis.dots.map((dot) => [dot.member, dot.score])).toEqual([
      [0, 25],
      [1, 100],
      [2, 0],
    ]);
    expect(stasis.median).toEqual({ score: 25, x: place(25, layout.scale) });
    expect(stasis.range).toEqual({ from: layout.scale.start, to: layout.scale.end, spread: 100 });
    expect(layout.height).toBe(DOT_PLOT.top + DOT_PLOT.rowHeight * 8);
  });

  it('spreads tied members up and down their row, inside it, without two dots in one place', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.integer({ min: 0, max: 100 }), (size, score) => {
        const layout = layOutDotPlot(team(...Array.from({ length: size }, () => scoresOf(() => score))), 360);
        for (const row of layout.rows) {
          expect(new Set(row.dots.map((dot) => dot.x)).size).toBe(1);
          expect(new Set(row.dots.map((dot) => dot.y)).size).toBe(size);
          const half = (DOT_PLOT.rowHeight - DOT_PLOT.labelHeight) / 2 - DOT_PLOT.radius;
          for (const dot of row.dots) expect(Math.abs(dot.y - row.y)).toBeLessThanOrEqual(half + 0.01);
          expect(row.range).toEqual({ from: place(score, layout.scale), to: place(score, layout.scale), spread: 0 });
        }
      }),
    );
  });

  it('leaves out members without a score, and draws no median or range where there is nothing to draw', () => {
    const layout = layOutDotPlot(team(scoresOf((_, i) => (i === 0 ? null : 40))), 640);
    const first = layout.rows[0]!;
    expect(first.dots).toEqual([]);
    expect(first.median).toBeUndefined();
    expect(first.range).toBeUndefined();
    // One member: a median, but no spread and no widest row.
    expect(layout.rows[1]!.median?.score).toBe(40);
    expect(layout.rows[1]!.range).toBeUndefined();
    expect(layout.rows.some((row) => row.widest)).toBe(false);
  });
});

describe('the trend over runs', () => {
  const run = (day: number, version: number, value: (id: ConstraintId) => number | null): TrendRun => ({
    id: `r${day}`,
    finishedAt: `2026-0${day}-01T10:00:00.000Z`,
    questionSetVersion: version,
    scores: scoresOf(value),
  });

  it('with no run or one run, says there is no trend yet instead of drawing one', () => {
    expect(layOutTrend([])).toEqual({ kind: 'too-few', runs: 0 });
    expect(layOutTrend([run(1, 2, () => 50)])).toEqual({ kind: 'too-few', runs: 1 });
  });

  it('puts four runs in date order, evenly spaced, and marks where the question set changed', () => {
    const runs = [run(3, 2, () => 60), run(1, 1, () => 20), run(4, 2, () => 80), run(2, 1, () => 40)];
    const layout = layOutTrend(runs);
    if (layout.kind !== 'trend') throw new Error('expected a trend');
    expect(layout.panels).toHaveLength(8);
    const panel = layout.panels[0]!;
    expect(panel.points.map((p) => p.runId)).toEqual(['r1', 'r2', 'r3', 'r4']);
    const gaps = layout.xs.slice(1).map((x, i) => x - layout.xs[i]!);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 1);
    expect(layout.setChanges).toEqual([{ x: (layout.xs[1]! + layout.xs[2]!) / 2, from: 1, to: 2 }]);
    // No line joins scores of different question sets: one segment before the change, one after.
    expect(panel.lines).toHaveLength(2);
    expect(panel.change).toBe(60);
    expect(panel.points[0]!.y).toBeGreaterThan(panel.points[3]!.y); // higher scores sit higher
    expect([layout.from, layout.to]).toEqual([runs[1]!.finishedAt, runs[2]!.finishedAt]);
  });

  it('breaks a line where a run has no score for the constraint', () => {
    const layout = layOutTrend([
      run(1, 2, () => 10),
      run(2, 2, (id) => (id === 'incentive-drift' ? null : 20)),
      run(3, 2, () => 30),
    ]);
    if (layout.kind !== 'trend') throw new Error('expected a trend');
    const drift = layout.panels.find((p) => p.id === 'incentive-drift')!;
    expect(drift.points).toHaveLength(2);
    expect(drift.lines).toEqual([]);
    expect(layout.panels[1]!.lines).toHaveLength(1);
  });
});

describe('the profile at a glance', () => {
  const ranking = (scores: Scores) =>
    CONSTRAINT_IDS.flatMap((id) => (scores[id] === null ? [] : [{ id, score: scores[id]! }])).sort(
      (a, b) => b.score - a.score,
    );

  it('keeps the essay’s order whatever the scores, and marks the margin between the top two on the dominant bar', () => {
    const scores = scoresOf((_, i) => i * 10);
    const layout = layOutProfile(scores, 'moral-optics-alignment', ranking(scores), 400);
    expect(layout.bars.map((bar) => bar.id)).toEqual([...CONSTRAINT_IDS]);
    expect(layout.bars.filter((bar) => bar.dominant).map((bar) => bar.id)).toEqual(['moral-optics-alignment']);
    expect(layout.bars.filter((bar) => bar.runnerUp).map((bar) => bar.id)).toEqual(['cognitive-local-maxima']);
    expect(layout.margin).toEqual({ y: layout.bars[7]!.y, runnerUpX: 240, dominantX: 280, points: 10 });
    expect(layout.bars.map((bar) => bar.end)).toEqual([0, 40, 80, 120, 160, 200, 240, 280]);
    const ys = layout.bars.map((bar) => bar.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    // At 400 px a label takes two lines (name, then score), so the row is a line taller.
    expect(layout.height).toBe(PROFILE.top + (PROFILE.rowHeight + PROFILE.labelHeight) * 8);
    expect(layout.bars.every((bar) => bar.scoreY === bar.labelY + PROFILE.labelHeight && bar.y > bar.scoreY)).toBe(
      true,
    );
  });

  it('puts each label on one line from 440 px wide, on two below', () => {
    const scores = scoresOf((_, i) => i * 10);
    const wide = layOutProfile(scores, 'moral-optics-alignment', ranking(scores), PROFILE.twoLinesBelow);
    expect(wide.height).toBe(PROFILE.top + PROFILE.rowHeight * 8);
    expect(wide.bars.every((bar) => bar.scoreY === undefined)).toBe(true);
    const narrow = layOutProfile(scores, 'moral-optics-alignment', ranking(scores), PROFILE.twoLinesBelow - 1);
    expect(narrow.bars.every((bar) => bar.scoreY !== undefined)).toBe(true);
  });

  it('marks the margin from the dominant bar even when a tie-break put it below the runner-up', () => {
    const scores = scoresOf((id) => (id === 'incentive-drift' ? 60 : id === 'social-stasis' ? 55 : 10));
    const layout = layOutProfile(scores, 'social-stasis', ranking(scores), 200);
    expect(layout.bars.find((bar) => bar.runnerUp)?.id).toBe('incentive-drift');
    expect(layout.margin).toMatchObject({ runnerUpX: 120, dominantX: 110, points: -5 });
  });

  it('draws no bar for a constraint without an answer, and no margin without two scores', () => {
    const scores = scoresOf((id) => (id === 'temporal-myopia' ? 70 : null));
    const layout = layOutProfile(scores, 'temporal-myopia', ranking(scores), 300);
    expect(layout.bars.filter((bar) => bar.end !== undefined).map((bar) => bar.id)).toEqual(['temporal-myopia']);
    expect(layout.margin).toBeUndefined();
  });
});
