import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../../src/lib/constraints';
import type { Answer } from '../../../src/lib/diagnostic/answers';
import type { Scores } from '../../../src/lib/diagnostic/scoring';
import { decodeShare, encodeShare, type SharedResult } from '../../../src/lib/diagnostic/share';
import { summarizeTeam, median } from '../../../src/lib/diagnostic/team';
import { decodeWhy, encodeWhy } from '../../../src/lib/diagnostic/why';

const arbitraryScores = fc
  .tuple(...CONSTRAINT_IDS.map(() => fc.option(fc.integer({ min: 0, max: 100 }), { nil: null })))
  .map((values) => Object.fromEntries(CONSTRAINT_IDS.map((id, i) => [id, values[i]!])) as Scores);
const arbitraryAnswer = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'not-sure');
const arbitraryVerdict = fc.record({
  dominant: fc.constantFrom(...CONSTRAINT_IDS),
  lowConfidence: fc.boolean(),
  byTieBreak: fc.boolean(),
});
const arbitraryShared: fc.Arbitrary<SharedResult> = fc
  .record(
    {
      questionSetVersion: fc.integer({ min: 1, max: 50 }),
      scores: arbitraryScores,
      answers: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/), arbitraryAnswer, { maxKeys: 30 }),
      finishedAt: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      verdict: arbitraryVerdict,
      trap: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), fc.boolean(), { maxKeys: 6 }),
      tieBreak: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/), fc.constantFrom(...CONSTRAINT_IDS), {
        maxKeys: 4,
      }),
    },
    { requiredKeys: ['questionSetVersion', 'scores'] },
  )
  // The trap answers and the tie-break's choices travel only with the answers.
  .map(({ trap, tieBreak, ...result }) =>
    result.answers ? { ...result, ...(trap ? { trap } : {}), ...(tieBreak ? { tieBreak } : {}) } : result,
  )
  // A verdict names a scored constraint.
  .map((result) =>
    result.verdict && result.scores[result.verdict.dominant] === null
      ? { ...result, scores: { ...result.scores, [result.verdict.dominant]: 50 } }
      : result,
  );

/** A link as question set 1 made them (format 1: no verdict), byte for byte. */
const formatOneLink = `#share=${btoa(JSON.stringify({ f: 1, q: 1, s: [10, 20, 30, 80, 50, 60, 70, null], t: '2026-11-20T10:00:00.000Z' })).replace(/=+$/, '')}`;

describe('share links', () => {
  it('still open when made by question set 1 (format 1), with their scores and no stored verdict', () => {
    const decoded = decodeShare(formatOneLink);
    expect(decoded).toEqual({
      ok: true,
      result: {
        questionSetVersion: 1,
        scores: Object.fromEntries(CONSTRAINT_IDS.map((id, i) => [id, [10, 20, 30, 80, 50, 60, 70, null][i]])),
        finishedAt: '2026-11-20T10:00:00.000Z',
      },
    });
  });

  it('refuse a verdict that names an unscored constraint or a constraint out of range', () => {
    const payload = (extra: object) =>
      `#share=${btoa(JSON.stringify({ f: 2, q: 2, s: [10, 20, 30, 80, 50, 60, 70, null], ...extra })).replace(/=+$/, '')}`;
    expect(decodeShare(payload({ d: 3, c: 2 }))).toMatchObject({
      ok: true,
      result: { verdict: { dominant: 'social-stasis', lowConfidence: false, byTieBreak: true } },
    });
    expect(decodeShare(payload({ d: 7, c: 0 })).ok).toBe(false);
    expect(decodeShare(payload({ d: 8, c: 0 })).ok).toBe(false);
    expect(decodeShare(payload({ d: 1, c: 4 })).ok).toBe(false);
  });

  it('round-trip scores, and answers only when included (10,000 results)', () => {
    fc.assert(
      fc.property(arbitraryShared, (result) => {
        const decoded = decodeShare(`https://guide.example/tools/diagnostic/#${encodeShare(result)}`);
        expect(decoded).toEqual({ ok: true, result });
      }),
      { numRuns: 10_000 },
    );
  });

  it('refuse trap answers or tie-break choices without the answers, or malformed', () => {
    const payload = (extra: Record<string, unknown>) =>
      `#share=${btoa(JSON.stringify({ f: 2, q: 3, s: [1, 2, 3, 4, 5, 6, 7, 8], ...extra })).replace(/=+$/, '')}`;
    expect(decodeShare(payload({ x: { 'trap-a': true } })).ok).toBe(false);
    expect(decodeShare(payload({ k: { 'choice-1': 'social-stasis' } })).ok).toBe(false);
    expect(decodeShare(payload({ a: { s1: 4 }, x: { 'trap-a': 'yes' } })).ok).toBe(false);
    expect(decodeShare(payload({ a: { s1: 4 }, k: { 'choice-1': 'nobody' } })).ok).toBe(false);
    expect(decodeShare(payload({ a: { s1: 4 }, x: { 'trap-a': true }, k: { c1: 'social-stasis' } }))).toMatchObject({
      ok: true,
      result: { answers: { s1: 4 }, trap: { 'trap-a': true }, tieBreak: { c1: 'social-stasis' } },
    });
  });

  it('carry no answers unless asked to', () => {
    const fragment = encodeShare({
      questionSetVersion: 1,
      scores: Object.fromEntries(CONSTRAINT_IDS.map((id) => [id, 50])) as Scores,
    });
    const decoded = decodeShare(fragment);
    expect(decoded.ok && decoded.result.answers).toBeUndefined();
  });

  it('any string yields a result or a clear message, never an exception (10,000 strings)', () => {
    const inputs = fc.oneof(
      fc.string(),
      fc.string().map((s) => `#share=${s}`),
      fc.base64String().map((s) => `share=${s.replace(/=+$/, '')}`),
      fc
        .jsonValue()
        .map((v) => `#share=${btoa(unescape(encodeURIComponent(JSON.stringify(v) ?? 'null'))).replace(/=+$/, '')}`),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const decoded = decodeShare(input);
        // Random payloads are never a valid result; each is refused with one of the two messages, never a throw.
        expect(decoded).toEqual({
          ok: false,
          error: expect.stringMatching(/^This (link|is not a diagnostic share link)/),
        });
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    ['not a link', /not a diagnostic share link/],
    ['#share=%%%', /not a diagnostic share link|can’t be read/],
    ['#share=e30', /can’t be read/],
    [`#share=${btoa('{"f":3,"q":1,"s":[]}')}`, /newer version/],
    [`#share=${btoa('{"f":1,"q":1,"s":[1,2,3]}')}`, /can’t be read/],
    [`#share=${btoa(JSON.stringify({ f: 1, q: 1, s: [1, 2, 3, 4, 5, 6, 7, 101] }))}`, /can’t be read/],
    [`#share=${btoa('{"f":1,"q":1,"s":[1,2,3,4,5,6,7,8],"a":{"__proto__":5}}')}`, /can’t be read/],
    [`#share=${btoa('{"__proto__":{"x":1},"f":1,"q":1,"s":[1,2,3,4,5,6,7,8]}')}`, /can’t be read/],
  ])('rejects %s', (input, message) => {
    const decoded = decodeShare(input);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error).toMatch(message);
  });
});

describe('team view', () => {
  const result = (values: (number | null)[]): SharedResult => ({
    questionSetVersion: 1,
    scores: Object.fromEntries(CONSTRAINT_IDS.map((id, i) => [id, values[i] ?? null])) as Scores,
  });

  it('takes medians, including of an even count', () => {
    expect(median([])).toBeNull();
    expect(median([10, 30, 20])).toBe(20);
    expect(median([10, 21])).toBe(16);
  });

  it('shows per constraint the median, the spread and each member, and names the widest disagreement', () => {
    const summary = summarizeTeam([
      result([80, 10, 50, 50, 50, 50, 50, 50]),
      result([70, 90, 50, 50, 50, 50, 50, 50]),
      result([75, 40, 50, 50, 50, 50, 50, null]),
    ]);
    expect(summary.rows[0]).toEqual({ id: 'incentive-drift', members: [80, 70, 75], median: 75, spread: 10 });
    expect(summary.rows[1]).toMatchObject({ median: 40, spread: 80 });
    expect(summary.rows[7]).toMatchObject({ members: [50, 50, null], median: 50, spread: 0 });
    expect(summary.mostDisagreement).toBe('context-information-debt');
    expect(summary.highestMedian).toBe('incentive-drift');
  });
});

describe('“why you’re here” fragment', () => {
  it('round-trips deciding answers and ignores anything malformed', () => {
    const deciding = [
      { questionId: 'social-agree-nothing-moves', answer: 5 as const },
      { questionId: 'social-proposing-is-risky', answer: 4 as const },
    ];
    expect(decodeWhy(`#${encodeWhy(deciding)}`)).toEqual(deciding);
    expect(decodeWhy('#signals')).toEqual([]);
    expect(decodeWhy('#why=a:9,ok-id:4,b:x')).toEqual([{ questionId: 'ok-id', answer: 4 }]);
    expect(decodeWhy('#why=__proto__:5')).toEqual([]);
    expect(decodeWhy('#why=<script>')).toEqual([]);
  });
});
