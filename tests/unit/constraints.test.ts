import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS, constraintSetProblems, isConstraintId } from '../../src/lib/constraints';

const essayOrder = CONSTRAINT_IDS.map((id, index) => ({ id, order: index + 1 }));

describe('constraint ids', () => {
  it('are the essay’s classes of alignment constraint, one id per class, in the essay’s order', () => {
    const essay = readFileSync(join(import.meta.dirname, '../../content/source/ticket-factory-to-impact.md'), 'utf8');
    const section = essay.slice(
      essay.indexOf('### Classes of Alignment Constraint'),
      essay.indexOf('These are not separate problems'),
    );
    const names = [...section.matchAll(/^- (.+?) —/gm)].map((match) => match[1]!);
    const idOf = (name: string) => name.toLowerCase().replace(/ and /g, ' ').replace(/ /g, '-');
    expect(names).toHaveLength(8);
    expect(names.map(idOf)).toEqual([...CONSTRAINT_IDS]);
  });

  it('recognizes only the eight ids', () => {
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
      entry.id === 'social-stasis'
        ? { ...entry, order: 5 }
        : entry.id === 'temporal-myopia'
          ? { ...entry, order: 4 }
          : entry,
    );
    expect(constraintSetProblems(swapped)).toEqual([
      '"social-stasis" has order 5; the essay puts it at 4',
      '"temporal-myopia" has order 4; the essay puts it at 5',
    ]);
  });
});
