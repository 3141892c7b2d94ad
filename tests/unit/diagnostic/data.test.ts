import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../../src/lib/constraints';
import { decodeEnvelope, encodeEnvelope } from '../../../src/lib/storage/envelope';
import { diagnosticCodec, type DiagnosticData } from '../../../src/lib/tools/diagnostic-data';

const answer = fc.constantFrom(1, 2, 3, 4, 5, 'not-sure' as const);
const answers = fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), answer, { maxKeys: 30 });
const iso = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const scores = fc
  .tuple(...CONSTRAINT_IDS.map(() => fc.option(fc.integer({ min: 0, max: 100 }), { nil: null })))
  .map((values) => Object.fromEntries(CONSTRAINT_IDS.map((id, i) => [id, values[i]!])));
const data: fc.Arbitrary<DiagnosticData> = fc.record({
  draft: fc.record({
    questionSetVersion: fc.integer({ min: 1, max: 9 }),
    answers,
    trap: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), fc.boolean(), { maxKeys: 3 }),
    tieBreak: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/), fc.constantFrom(...CONSTRAINT_IDS), {
      maxKeys: 4,
    }),
    step: fc.constantFrom('statements' as const, 'tie-break' as const),
    position: fc.integer({ min: 0, max: 40 }),
    mode: fc.constantFrom('one' as const, 'all' as const),
    updatedAt: fc.option(iso, { nil: null }),
  }),
  runs: fc.array(
    fc.record({
      id: fc.stringMatching(/^run-[a-z0-9]{1,10}$/),
      finishedAt: iso,
      questionSetVersion: fc.integer({ min: 1, max: 9 }),
      scores,
      answers,
    }),
    { maxLength: 5 },
  ),
}) as fc.Arbitrary<DiagnosticData>;

describe('diagnostic saved data', () => {
  it('encode then decode returns every valid value unchanged (10,000 values)', () => {
    fc.assert(
      fc.property(data, (value) => {
        expect(decodeEnvelope(encodeEnvelope(value, diagnosticCodec), diagnosticCodec)).toEqual({
          kind: 'value',
          value,
        });
      }),
      { numRuns: 10_000 },
    );
  });

  it('rejects a run with a score out of range or a missing constraint', () => {
    const run = { id: 'run-a', finishedAt: '2026-11-01T00:00:00.000Z', questionSetVersion: 1, answers: {} };
    const base = { draft: diagnosticCodec.empty().draft, runs: [] as unknown[] };
    const full = Object.fromEntries(CONSTRAINT_IDS.map((id) => [id, 50]));
    expect(diagnosticCodec.validate({ ...base, runs: [{ ...run, scores: full }] })).toBeDefined();
    expect(
      diagnosticCodec.validate({ ...base, runs: [{ ...run, scores: { ...full, 'social-stasis': 101 } }] }),
    ).toBeUndefined();
    const { 'social-stasis': _, ...missing } = full;
    expect(diagnosticCodec.validate({ ...base, runs: [{ ...run, scores: missing }] })).toBeUndefined();
  });

  it('counts finished runs plus a run in progress', () => {
    const value = diagnosticCodec.empty();
    expect(diagnosticCodec.count(value)).toBe(0);
    expect(diagnosticCodec.count({ ...value, draft: { ...value.draft, answers: { a: 3 } } })).toBe(1);
  });
});

describe('diagnostic saved data from question set 1 (envelope v1)', () => {
  const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/saved-data/diagnostic-v1.json'), 'utf8');

  it('migrates to v2 with every run unchanged and the draft kept, on the statements step', () => {
    const original = JSON.parse(fixture).data;
    const decoded = decodeEnvelope(fixture, diagnosticCodec);
    expect(decoded.kind).toBe('value');
    if (decoded.kind !== 'value') return;
    expect(decoded.value.runs).toEqual(original.runs);
    expect(decoded.value.draft).toEqual({ ...original.draft, trap: {}, tieBreak: {}, step: 'statements' });
  });

  it('re-encodes as v2', () => {
    const decoded = decodeEnvelope(fixture, diagnosticCodec);
    expect(decoded.kind === 'value' && JSON.parse(encodeEnvelope(decoded.value, diagnosticCodec)).v).toBe(2);
  });
});
