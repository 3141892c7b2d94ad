import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS, type ConstraintId } from '../../../src/lib/constraints';
import type { Answer, Question } from '../../../src/lib/diagnostic/answers';
import {
  SMALL_MARGIN,
  TIE_BREAK_MARGIN,
  rankScores,
  scoreChanges,
  scoreDiagnostic,
  signalOf,
  type Scores,
} from '../../../src/lib/diagnostic/scoring';

/** Question set 1's shape: three direct statements per constraint. */
const v1: Question[] = CONSTRAINT_IDS.flatMap((constraint) =>
  [1, 2, 3].map((n) => ({ id: `${constraint}-${n}`, constraint, text: `${constraint} ${n}` })),
);
/** Question set 2's shape: four per constraint, the fourth reverse-keyed. */
const v2: Question[] = CONSTRAINT_IDS.flatMap((constraint) =>
  [1, 2, 3, 4].map((n) => ({ id: `${constraint}-${n}`, constraint, text: `${constraint} ${n}`, reverse: n === 4 })),
);
const all = (questions: readonly Question[], answer: Answer) =>
  Object.fromEntries(questions.map((q) => [q.id, answer]));
/** Every statement of a constraint answered as if the constraint were strong (`strong`) or absent (`!strong`). */
const leaning = (
  questions: readonly Question[],
  base: Record<string, Answer>,
  id: ConstraintId,
  agree: 1 | 2 | 4 | 5,
) => ({
  ...base,
  ...Object.fromEntries(
    questions.filter((q) => q.constraint === id).map((q) => [q.id, (q.reverse ? 6 - agree : agree) as Answer]),
  ),
});
/** Neutral-ish answers that signal 25 everywhere: disagree with direct statements, agree with reverse ones. */
const calm = (questions: readonly Question[]) =>
  Object.fromEntries(questions.map((q) => [q.id, (q.reverse ? 4 : 2) as Answer]));
const v1Options = { questionSetVersion: 1 };

describe('signals', () => {
  it('map the five-point scale to 0–100, turn it round for reverse-keyed statements, and leave “not sure” out', () => {
    expect([1, 2, 3, 4, 5].map((a) => signalOf(a as Answer))).toEqual([0, 25, 50, 75, 100]);
    expect([1, 2, 3, 4, 5].map((a) => signalOf(a as Answer, true))).toEqual([100, 75, 50, 25, 0]);
    expect(signalOf('not-sure')).toBeUndefined();
    expect(signalOf('not-sure', true)).toBeUndefined();
  });
});

describe('question set 1 keeps its rules', () => {
  it.each([
    {
      case: 'all neutral: every score 50, the tie goes to the first constraint in the essay, low confidence',
      answers: all(v1, 3),
      dominant: 'incentive-drift',
      margin: 0,
      low: true,
    },
    {
      case: 'all “not sure”: no scores, no dominant constraint, low confidence',
      answers: all(v1, 'not-sure'),
      dominant: undefined,
      margin: undefined,
      low: true,
    },
    {
      case: 'an exact tie between two constraints goes to the earlier one in the essay',
      answers: leaning(v1, leaning(v1, all(v1, 2), 'temporal-myopia', 5), 'social-stasis', 5),
      dominant: 'social-stasis',
      margin: 0,
      low: true,
    },
    {
      case: 'one strong signal dominates with a clear margin and high confidence',
      answers: leaning(v1, all(v1, 2), 'moral-optics-alignment', 5),
      dominant: 'moral-optics-alignment',
      margin: 75,
      low: false,
    },
  ])('$case', ({ answers, dominant, margin, low }) => {
    const result = scoreDiagnostic(v1, answers, v1Options);
    expect(result.dominant).toBe(dominant);
    expect(result.margin).toBe(margin);
    expect(result.lowConfidence).toBe(low);
    expect(result.tieBreakNeeded).toBeUndefined();
  });

  it('flags a margin under its small-margin threshold, and asks for no tie-break', () => {
    const near = { ...all(v1, 3), 'social-stasis-1': 4 as Answer };
    const result = scoreDiagnostic(v1, near, v1Options);
    expect(result.margin).toBeLessThan(SMALL_MARGIN);
    expect(result.confidenceNotes).toEqual([`The top two constraints are only ${result.margin} points apart.`]);
  });
});

describe('question set 2 scoring', () => {
  it.each(CONSTRAINT_IDS)('%s can be the dominant constraint, reverse-keyed statements included', (id) => {
    const result = scoreDiagnostic(v2, leaning(v2, calm(v2), id, 5));
    expect(result).toMatchObject({ dominant: id, margin: 75, lowConfidence: false, confidenceNotes: [] });
    expect(result.scores[id]).toBe(100);
  });

  it('scores agreeing with everything as the middle of the scale, not as every constraint at once', () => {
    const result = scoreDiagnostic(v2, all(v2, 5));
    // Three direct statements at 100 and one reverse at 0: every constraint 75, so no constraint stands out.
    expect(new Set(Object.values(result.scores))).toEqual(new Set([75]));
    expect(result.lowConfidence).toBe(true);
  });

  it('orders exact ties by a shuffle of the scores, the same every time and not in the essay’s order', () => {
    const scores = Object.fromEntries(CONSTRAINT_IDS.map((id) => [id, 50])) as Scores;
    const order = rankScores(scores).map((entry) => entry.id);
    expect(rankScores(scores).map((entry) => entry.id)).toEqual(order);
    expect(order).not.toEqual([...CONSTRAINT_IDS]);
    expect(rankScores(scores, 1).map((entry) => entry.id)).toEqual([...CONSTRAINT_IDS]);
  });

  it('property: among constraints tied at the top, each leads its fair share of the time (20,000 score sets)', () => {
    const leads = new Map<ConstraintId, number>(CONSTRAINT_IDS.map((id) => [id, 0]));
    const expected = new Map<ConstraintId, number>(CONSTRAINT_IDS.map((id) => [id, 0]));
    const scoreSet = fc.array(fc.constantFrom(0, 25, 50, 75, 100), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(scoreSet, (values) => {
        const scores = Object.fromEntries(CONSTRAINT_IDS.map((id, i) => [id, values[i]!])) as Scores;
        const top = Math.max(...values);
        const tied = CONSTRAINT_IDS.filter((id) => scores[id] === top);
        const leader = rankScores(scores)[0]!.id;
        expect(tied).toContain(leader);
        leads.set(leader, leads.get(leader)! + 1);
        for (const id of tied) expected.set(id, expected.get(id)! + 1 / tied.length);
      }),
      { numRuns: 20_000, seed: 20261126 },
    );
    // The essay-order rule would give the first constraint about twice its share here; the shuffle stays close to 1.
    for (const id of CONSTRAINT_IDS) expect(leads.get(id)! / expected.get(id)!).toBeGreaterThan(0.9);
    for (const id of CONSTRAINT_IDS) expect(leads.get(id)! / expected.get(id)!).toBeLessThan(1.1);
  });

  it(`asks for the tie-break when the top two are under ${TIE_BREAK_MARGIN} points apart, and flags it until answered`, () => {
    const close = {
      ...leaning(v2, leaning(v2, calm(v2), 'social-stasis', 5), 'temporal-myopia', 5),
      'temporal-myopia-1': 4 as Answer,
    };
    const result = scoreDiagnostic(v2, close);
    expect(result.margin).toBeLessThan(TIE_BREAK_MARGIN);
    expect(result.tieBreakNeeded).toEqual(['social-stasis', 'temporal-myopia']);
    expect(result.dominant).toBe('social-stasis');
    expect(result.lowConfidence).toBe(true);
  });

  it('lets the tie-break majority decide, overturning the score order, and stays confident only if it is unanimous', () => {
    const close = {
      ...leaning(v2, leaning(v2, calm(v2), 'social-stasis', 5), 'temporal-myopia', 5),
      'temporal-myopia-1': 4 as Answer,
    };
    const unanimous = scoreDiagnostic(v2, close, {
      tieBreakPicks: ['temporal-myopia', 'temporal-myopia', 'temporal-myopia', 'temporal-myopia'],
    });
    expect(unanimous).toMatchObject({ dominant: 'temporal-myopia', lowConfidence: false });
    expect(unanimous.tieBreak).toEqual({
      between: ['social-stasis', 'temporal-myopia'],
      votes: [0, 4],
      overturned: true,
    });
    expect(unanimous.tieBreakNeeded).toBeUndefined();
    const split = scoreDiagnostic(v2, close, {
      tieBreakPicks: ['temporal-myopia', 'social-stasis', 'temporal-myopia', 'temporal-myopia'],
    });
    expect(split).toMatchObject({ dominant: 'temporal-myopia', lowConfidence: true });
    expect(split.confidenceNotes.at(-1)).toMatch(/split 3 to 1/);
    const even = scoreDiagnostic(v2, close, {
      tieBreakPicks: ['temporal-myopia', 'social-stasis', 'temporal-myopia', 'social-stasis'],
    });
    expect(even).toMatchObject({ dominant: 'social-stasis', lowConfidence: true });
  });

  it('ignores tie-break choices for constraints outside the close pair', () => {
    const close = {
      ...leaning(v2, leaning(v2, calm(v2), 'social-stasis', 5), 'temporal-myopia', 5),
      'temporal-myopia-1': 4 as Answer,
    };
    const result = scoreDiagnostic(v2, close, { tieBreakPicks: ['incentive-drift', 'incentive-drift'] });
    expect(result.tieBreakNeeded).toEqual(['social-stasis', 'temporal-myopia']);
    expect(result.dominant).toBe('social-stasis');
  });

  it('flags too many “not sure” answers', () => {
    const answers = leaning(v2, all(v2, 'not-sure'), 'coordination-friction', 5);
    const result = scoreDiagnostic(v2, answers);
    expect(result.dominant).toBe('coordination-friction');
    expect(result.notSure).toBe(28);
    expect(result.confidenceNotes).toEqual(['28 of 32 answers are “not sure”.']);
  });

  it('names the statements that pointed at the dominant constraint most strongly, a disagreed reverse one included', () => {
    const answers = {
      ...leaning(v2, calm(v2), 'temporal-myopia', 4),
      'temporal-myopia-4': 1 as Answer,
      'temporal-myopia-3': 2 as Answer,
    };
    expect(scoreDiagnostic(v2, answers).deciding).toEqual([
      { questionId: 'temporal-myopia-4', answer: 1 },
      { questionId: 'temporal-myopia-1', answer: 4 },
      { questionId: 'temporal-myopia-2', answer: 4 },
    ]);
  });

  it('ignores answers to statements it does not know', () => {
    expect(scoreDiagnostic(v2, { nope: 5 }).answered).toBe(0);
  });

  it('reports each constraint’s change since the previous run', () => {
    const before = scoreDiagnostic(v2, all(v2, 3)).scores;
    const after = scoreDiagnostic(v2, leaning(v2, all(v2, 3), 'social-stasis', 5)).scores;
    const changes = scoreChanges(after, before);
    expect(changes['social-stasis']).toBe(50);
    expect(changes['incentive-drift']).toBe(0);
    expect(scoreChanges(after, { ...before, 'incentive-drift': null })['incentive-drift']).toBeNull();
  });
});
