import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS, constraintSetProblems, isConstraintId } from '../../src/lib/constraints';

const essayOrder = CONSTRAINT_IDS.map((id, index) => ({ id, order: index + 1 }));

describe('constraint ids', () => {
  it('lists the essay’s eight constraints once each', () => {
    expect(CONSTRAINT_IDS).toHaveLength(8);
    expect(new Set(CONSTRAINT_IDS).size).toBe(8);
  });

  it('recognises only the eight ids', () => {
    expect(isConstraintId('social-stasis')).toBe(true);
    expect(isConstraintId('Social Stasis')).toBe(false);
    expect(isConstraintId(undefined)).toBe(false);
    expect(isConstraintId('__proto__')).toBe(false);
  });
});

describe('constraint set check', () => {
  it('accepts exactly the eight in the essay’s order', () => {
    expect(constraintSetProblems(essayOrder)).toEqual([]);
  });

  it('names a missing constraint', () => {
    expect(constraintSetProblems(essayOrder.slice(1))).toEqual(['missing constraint "incentive-drift"']);
  });

  it('names an unknown constraint', () => {
    expect(constraintSetProblems([...essayOrder, { id: 'bikeshedding', order: 9 }])).toEqual([
      'unknown constraint "bikeshedding"',
    ]);
  });

  it('names a constraint out of the essay’s order', () => {
    const swapped = essayOrder.map((entry) =>
      entry.id === 'social-stasis' ? { ...entry, order: 5 } : entry.id === 'temporal-myopia' ? { ...entry, order: 4 } : entry,
    );
    expect(constraintSetProblems(swapped)).toEqual([
      '"social-stasis" has order 5; the essay puts it at 4',
      '"temporal-myopia" has order 4; the essay puts it at 5',
    ]);
  });
});
