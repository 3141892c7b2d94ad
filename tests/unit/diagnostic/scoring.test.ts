import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS, type ConstraintId } from '../../../src/lib/constraints';
import type { Answer, Question } from '../../../src/lib/diagnostic/answers';
import { SMALL_MARGIN, scoreChanges, scoreDiagnostic, signalOf } from '../../../src/lib/diagnostic/scoring';

/** Three statements per constraint, as the real set has. */
const questions: Question[] = CONSTRAINT_IDS.flatMap((constraint) =>
  [1, 2, 3].map((n) => ({ id: `${constraint}-${n}`, constraint, text: `${constraint} ${n}`, fromEssay: false })),
);
const all = (answer: Answer) => Object.fromEntries(questions.map((q) => [q.id, answer]));
const withConstraint = (base: Record<string, Answer>, id: ConstraintId, answer: Answer) => ({
  ...base,
  ...Object.fromEntries(questions.filter((q) => q.constraint === id).map((q) => [q.id, answer])),
});

describe('diagnostic scoring', () => {
  it('maps the five-point scale to 0–100 and leaves “not sure” out', () => {
    expect([1, 2, 3, 4, 5].map((a) => signalOf(a as Answer))).toEqual([0, 25, 50, 75, 100]);
    expect(signalOf('not-sure')).toBeUndefined();
  });

  it.each([
    {
      case: 'all neutral: every score 50, the tie goes to the first constraint in the essay, low confidence',
      answers: all(3),
      dominant: 'incentive-drift',
      margin: 0,
      low: true,
    },
    {
      case: 'all “not sure”: no scores, no dominant constraint, low confidence',
      answers: all('not-sure'),
      dominant: undefined,
      margin: undefined,
      low: true,
    },
    {
      case: 'an exact tie between two constraints goes to the earlier one in the essay',
      answers: withConstraint(withConstraint(all(2), 'temporal-myopia', 5), 'social-stasis', 5),
      dominant: 'social-stasis',
      margin: 0,
      low: true,
    },
    {
      case: 'one strong signal dominates with a clear margin and high confidence',
      answers: withConstraint(all(2), 'moral-optics-alignment', 5),
      dominant: 'moral-optics-alignment',
      margin: 75,
      low: false,
    },
  ])('$case', ({ answers, dominant, margin, low }) => {
    const result = scoreDiagnostic(questions, answers);
    expect(result.dominant).toBe(dominant);
    expect(result.margin).toBe(margin);
    expect(result.lowConfidence).toBe(low);
  });

  it.each(CONSTRAINT_IDS)('%s can be the dominant constraint', (id) => {
    const result = scoreDiagnostic(questions, withConstraint(all(2), id, 4));
    expect(result.dominant).toBe(id);
    expect(result.scores[id]).toBe(75);
    expect(result.ranking[0]).toEqual({ id, score: 75 });
  });

  it('flags low confidence when too many answers are “not sure”', () => {
    const answers = withConstraint(all('not-sure'), 'coordination-friction', 5);
    const result = scoreDiagnostic(questions, answers);
    expect(result.dominant).toBe('coordination-friction');
    expect(result.notSure).toBe(21);
    expect(result.confidenceNotes).toEqual(['21 of 24 answers are “not sure”.']);
  });

  it('flags a small margin, but not a margin at the threshold', () => {
    const near = { ...all(3), 'social-stasis-1': 4 as Answer };
    expect(scoreDiagnostic(questions, near).margin).toBeLessThan(SMALL_MARGIN);
    expect(scoreDiagnostic(questions, near).lowConfidence).toBe(true);
    const clear = withConstraint(all(3), 'social-stasis', 4);
    expect(scoreDiagnostic(questions, clear).margin).toBe(25);
    expect(scoreDiagnostic(questions, clear).lowConfidence).toBe(false);
  });

  it('names the dominant constraint’s most agreed statements, strongest first, at most three', () => {
    const answers = { ...withConstraint(all(2), 'temporal-myopia', 4), 'temporal-myopia-2': 5 as Answer };
    expect(scoreDiagnostic(questions, answers).deciding).toEqual([
      { questionId: 'temporal-myopia-2', answer: 5 },
      { questionId: 'temporal-myopia-1', answer: 4 },
      { questionId: 'temporal-myopia-3', answer: 4 },
    ]);
  });

  it('does not call a disagreement “deciding”', () => {
    const answers = { ...withConstraint(all(1), 'incentive-drift', 2), 'incentive-drift-1': 4 as Answer };
    expect(scoreDiagnostic(questions, answers).deciding).toEqual([{ questionId: 'incentive-drift-1', answer: 4 }]);
  });

  it('ignores answers to statements it does not know', () => {
    expect(scoreDiagnostic(questions, { nope: 5 }).answered).toBe(0);
  });

  it('reports each constraint’s change since the previous run', () => {
    const before = scoreDiagnostic(questions, all(3)).scores;
    const after = scoreDiagnostic(questions, withConstraint(all(3), 'social-stasis', 5)).scores;
    const changes = scoreChanges(after, before);
    expect(changes['social-stasis']).toBe(50);
    expect(changes['incentive-drift']).toBe(0);
    expect(scoreChanges(after, { ...before, 'incentive-drift': null })['incentive-drift']).toBeNull();
  });
});
