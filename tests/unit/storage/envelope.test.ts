import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from '../../../src/lib/storage/envelope';
import { unreadableMessage } from '../../../src/lib/storage/unreadable';
import { checklistCodec } from '../../../src/lib/tools/health-checklist-data';
import { arbitraryChecklist } from '../../support/arbitraries';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/saved-data', name), 'utf8');

describe('saved-data envelope', () => {
  it('migrates a real v1 checklist to the current version, keeping every answer', () => {
    const decoded = decodeEnvelope(fixture('health-checklist-v1.json'), checklistCodec);
    expect(decoded).toEqual({
      kind: 'value',
      migratedFrom: 1,
      value: {
        answers: {
          'shared-intent-one-page': { answer: 'yes', changedAt: null },
          'feedback-outcome-reviewed': { answer: 'no', changedAt: null },
          'guardrails-stop-the-line': { answer: 'not-yet', changedAt: null },
        },
      },
    });
  });

  it('migrates a real v2 checklist to the second edition: unchanged items kept, trap answers turned, replaced ones retired', () => {
    expect(decodeEnvelope(fixture('health-checklist-v2.json'), checklistCodec)).toEqual({
      kind: 'value',
      migratedFrom: 2,
      value: {
        answers: {
          'outcome-in-one-sentence': { answer: 'yes', changedAt: '2026-10-01T09:30:00.000Z' },
          'first-move-risk-is-shared': { answer: 'yes', changedAt: '2026-10-02T14:00:00.000Z' },
          'regular-evidence-ritual': { answer: 'not-yet', changedAt: null },
          'wins-kept-by-guardrails': { answer: 'no', changedAt: '2026-10-03T10:00:00.000Z' },
        },
        retired: { 'paved-road-is-used': { answer: 'yes', changedAt: '2026-09-15T08:00:00.000Z' } },
      },
    });
  });

  it('reads a current v3 checklist as it is, counting only the answers on the page', () => {
    const decoded = decodeEnvelope(fixture('health-checklist-v3.json'), checklistCodec);
    expect(decoded.kind).toBe('value');
    expect(decoded.kind === 'value' && 'migratedFrom' in decoded).toBe(false);
    expect(decoded.kind === 'value' && checklistCodec.count(decoded.value)).toBe(2);
  });

  it.each([
    ['{"v":2,"data":', 'not-json'],
    ['[1,2]', 'not-an-envelope'],
    ['{"data":{}}', 'not-an-envelope'],
    ['{"v":0,"data":{}}', 'not-an-envelope'],
    ['{"v":"2","data":{}}', 'not-an-envelope'],
    ['{"v":4,"data":{"answers":{}}}', 'future-version'],
    ['{"v":3,"data":{"answers":{},"retired":{"x":{"answer":"maybe","changedAt":null}}}}', 'invalid-data'],
    ['{"v":3,"data":{"answers":{},"retired":[]}}', 'invalid-data'],
    ['{"v":2,"data":{"answers":{"x":{"answer":"maybe","changedAt":null}}}}', 'invalid-data'],
    ['{"v":2,"data":{"answers":{"__proto__":{"answer":"yes","changedAt":null}}}}', 'invalid-data'],
    ['{"v":2,"data":{"answers":{"x":{"answer":"yes","changedAt":"yesterday"}}}}', 'invalid-data'],
    ['{"v":1,"data":{"answers":{"x":"perhaps"}}}', 'invalid-data'],
    ['{"v":1,"data":null}', 'invalid-data'],
  ])('names why %s cannot be read (%s)', (raw, reason) => {
    const decoded = decodeEnvelope(raw, checklistCodec);
    expect(decoded).toMatchObject({ kind: 'unreadable', reason });
    expect(decoded.kind === 'unreadable' && unreadableMessage(decoded.reason).length).toBeGreaterThan(10);
  });

  it('reports a version with no migration path instead of guessing', () => {
    const codec = { ...checklistCodec, version: 3, migrations: { 1: checklistCodec.migrations[1]! } };
    expect(decodeEnvelope('{"v":2,"data":{"answers":{}}}', codec)).toMatchObject({ reason: 'unknown-version' });
  });

  it('property: decoding any string never throws, and accepts only data that is valid (10,000 strings)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((data) => JSON.stringify({ v: checklistCodec.version, data })),
        ),
        (raw) => {
          const decoded = decodeEnvelope(raw, checklistCodec);
          if (decoded.kind === 'value') {
            // Whatever is accepted is valid data: it survives its own encode → decode unchanged.
            expect(checklistCodec.validate(decoded.value)).toEqual(decoded.value);
            expect(decodeEnvelope(encodeEnvelope(decoded.value, checklistCodec), checklistCodec)).toEqual(decoded);
          } else {
            expect(unreadableMessage(decoded.reason).length).toBeGreaterThan(10);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('property: encode then decode returns every valid value unchanged (10,000 values)', () => {
    fc.assert(
      fc.property(arbitraryChecklist, (value) => {
        expect(decodeEnvelope(encodeEnvelope(value, checklistCodec), checklistCodec)).toEqual({ kind: 'value', value });
      }),
      { numRuns: 10_000 },
    );
  });
});
