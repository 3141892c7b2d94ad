import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS, type ConstraintId } from '../../../src/lib/constraints';
import {
  TIE_BREAK_QUESTIONS,
  forcedChoicesFor,
  tieBreakGaps,
  type TieBreakContent,
} from '../../../src/lib/diagnostic/tie-break';

const portraits = Object.fromEntries(
  CONSTRAINT_IDS.map((id) => [id, [1, 2, 3, 4].map((n) => `${id} portrait ${n}`)]),
) as Record<ConstraintId, string[]>;
const content: TieBreakContent = {
  portraits,
  pairs: [
    {
      between: ['structural-equilibrium', 'coordination-friction'],
      contrasts: [
        { id: 'se-cf-1', a: 'structure 1', b: 'friction 1' },
        { id: 'se-cf-2', a: 'structure 2', b: 'friction 2' },
      ],
    },
  ],
};

describe('the tie-break’s forced choices', () => {
  it(`uses a pair’s own contrasts first, in either order of the pair, and tops up with portraits to ${TIE_BREAK_QUESTIONS}`, () => {
    const choices = forcedChoicesFor(content, ['coordination-friction', 'structural-equilibrium']);
    expect(choices.map((c) => c.id)).toEqual([
      'se-cf-1',
      'se-cf-2',
      'portrait-coordination-friction-structural-equilibrium-1',
      'portrait-coordination-friction-structural-equilibrium-2',
    ]);
    const first = choices[0]!.options.find((o) => o.constraint === 'structural-equilibrium');
    expect(first?.text).toBe('structure 1');
    expect(choices[0]!.options.find((o) => o.constraint === 'coordination-friction')?.text).toBe('friction 1');
  });

  it('gives the same choices whichever constraint scored higher', () => {
    expect(forcedChoicesFor(content, ['social-stasis', 'incentive-drift'])).toEqual(
      forcedChoicesFor(content, ['incentive-drift', 'social-stasis']),
    );
  });

  it('alternates which constraint is shown first', () => {
    const firsts = forcedChoicesFor(content, ['incentive-drift', 'social-stasis']).map((c) => c.options[0].constraint);
    expect(firsts).toEqual(['incentive-drift', 'social-stasis', 'incentive-drift', 'social-stasis']);
  });

  it('finds no gap when every constraint has four portraits, and names the pairs that cannot fill the step', () => {
    expect(tieBreakGaps(content)).toEqual([]);
    const thin = { ...content, portraits: { ...portraits, 'moral-optics-alignment': ['only one'] } };
    expect(tieBreakGaps(thin)).toHaveLength(7);
    expect(tieBreakGaps(thin)[0]).toBe('incentive-drift / moral-optics-alignment');
  });
});
