import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../../src/lib/constraints';
import type { Answer, Question } from '../../../src/lib/diagnostic/answers';
import { ACQUIESCENCE_MIN_CONSTRAINTS, responseStyleNotes } from '../../../src/lib/diagnostic/response-style';

const questions: Question[] = CONSTRAINT_IDS.flatMap((constraint) =>
  [1, 2, 3, 4].map((n) => ({ id: `${constraint}-${n}`, constraint, text: 'x', reverse: n === 4 })),
);
const all = (answer: Answer) => Object.fromEntries(questions.map((q) => [q.id, answer]));
/** Agrees with a direct statement and with the reverse one on the first `count` constraints; calm elsewhere. */
const agreeingBothWays = (count: number) =>
  Object.fromEntries(
    questions.map((q) => {
      const both = CONSTRAINT_IDS.indexOf(q.constraint) < count;
      return [q.id, (both && (q.reverse || q.id.endsWith('-1')) ? 4 : q.reverse ? 4 : 2) as Answer];
    }),
  );

describe('response-style checks', () => {
  it('say nothing about varied, consistent answers', () => {
    expect(responseStyleNotes(questions, agreeingBothWays(0))).toEqual([]);
  });

  it('name straight-lining: the same answer to every statement', () => {
    expect(responseStyleNotes(questions, all(2))).toEqual([
      'Every statement got the same answer (“Disagree”), so the scores cannot tell the constraints apart.',
    ]);
  });

  it('do not call a handful of identical answers straight-lining', () => {
    expect(responseStyleNotes(questions, { 'social-stasis-1': 3, 'social-stasis-2': 3 })).toEqual([]);
  });

  it(`name acquiescence from ${ACQUIESCENCE_MIN_CONSTRAINTS} constraints agreed both ways, not fewer`, () => {
    expect(responseStyleNotes(questions, agreeingBothWays(ACQUIESCENCE_MIN_CONSTRAINTS - 1))).toEqual([]);
    expect(responseStyleNotes(questions, agreeingBothWays(ACQUIESCENCE_MIN_CONSTRAINTS))).toEqual([
      `On ${ACQUIESCENCE_MIN_CONSTRAINTS} constraints you agreed with a statement and also with its opposite. Agreeing with most statements, whatever they say, raises every score alike.`,
    ]);
  });

  it('can name both at once: strongly agreeing with everything', () => {
    expect(responseStyleNotes(questions, all(5))).toHaveLength(2);
  });
});
