import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataCodec } from '../../../src/lib/storage/envelope';
import {
  EXPORT_APP,
  MAX_IMPORT_BYTES,
  buildExport,
  describeReplacement,
  parseImport,
} from '../../../src/lib/storage/transfer';
import { checklistCodec } from '../../../src/lib/tools/health-checklist-data';
import { arbitraryChecklist } from '../../support/arbitraries';

const codecs = [checklistCodec as DataCodec<unknown>];
const value = {
  answers: { 'shared-intent-one-page': { answer: 'yes' as const, changedAt: '2026-10-01T09:30:00.000Z' } },
};
const validFile = () => JSON.stringify(buildExport([{ codec: codecs[0]!, value }], new Date('2026-11-01T10:00:00Z')));

describe('export', () => {
  it('names the app, the format version and the date, with each tool’s envelope', () => {
    expect(JSON.parse(validFile())).toEqual({
      app: EXPORT_APP,
      version: 1,
      exportedAt: '2026-11-01T10:00:00.000Z',
      tools: { 'health-checklist': { v: checklistCodec.version, data: value } },
    });
  });

  it('round-trips through import (10,000 generated checklists)', () => {
    fc.assert(
      fc.property(arbitraryChecklist, (checklist) => {
        const file = JSON.stringify(buildExport([{ codec: codecs[0]!, value: checklist }], new Date()));
        const result = parseImport(file, codecs);
        expect(result.ok && result.tools[0]?.value).toEqual(checklist);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('import rejects, with a clear message', () => {
  const rejects = (text: string, message: RegExp) => {
    const result = parseImport(text, codecs);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  };

  it('non-JSON', () => rejects('hello', /not JSON/));
  it('a file over 1 MiB', () => rejects(' '.repeat(MAX_IMPORT_BYTES + 1), /never over 1 MiB/));
  it('another app’s JSON', () => rejects('{"app":"other","version":1}', /not an export from this field guide/));
  it('a future file format', () =>
    rejects(validFile().replace('"version":1', '"version":2'), /newer version of this site/));
  it('a missing format version', () =>
    rejects(validFile().replace('"version":1', '"version":"x"'), /no valid format version/));
  it('an unknown tool', () => rejects(validFile().replace('"health-checklist"', '"mystery-tool"'), /does not know/));
  it('a future tool data version', () =>
    rejects(validFile().replace(`"v":${checklistCodec.version}`, '"v":9'), /newer version of this site/));
  it('a wrong shape', () => rejects(validFile().replace('"answer":"yes"', '"answer":42'), /expected shape/));
  it('no tools', () => rejects(validFile().replace(/"tools":\{.*\}\}$/, '"tools":{}}'), /no saved data/));
  it.each(['__proto__', 'constructor', 'prototype'])('a "%s" key anywhere', (key) =>
    rejects(
      validFile().replace('"exportedAt"', `"${key}":{"polluted":true},"exportedAt"`),
      new RegExp(`key named “${key}”`),
    ),
  );

  it('property: text that is not an export is refused with a sentence, never an exception (10,000 strings)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        // Neither generator can produce the export's "app" marker, so nothing here may be accepted.
        expect(parseImport(text, codecs)).toEqual({
          ok: false,
          error: expect.stringMatching(/^(The file|This is not) .+\.$/),
        });
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('replacement preview', () => {
  it('says what an import adds or replaces', () => {
    expect(describeReplacement('Checklist', 0, 3)).toBe('Checklist: adds 3 saved items.');
    expect(describeReplacement('Checklist', 1, 2)).toBe('Checklist: replaces 1 saved item with 2 saved items.');
  });
});
