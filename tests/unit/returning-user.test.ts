import { describe, expect, it } from 'vitest';
import { returningUserStorage } from '../../bench/lib/returning-user';
import type { DataCodec } from '../../src/lib/storage/envelope';
import { decodeEnvelope } from '../../src/lib/storage/envelope';
import { dataKey } from '../../src/lib/storage/keys';
import { canvasCodec } from '../../src/lib/tools/canvas-data';
import { diagnosticCodec } from '../../src/lib/tools/diagnostic-data';
import { checklistCodec } from '../../src/lib/tools/health-checklist-data';
import { roomCodec } from '../../src/lib/tools/room-data';

const codecs = [checklistCodec, canvasCodec, diagnosticCodec, roomCodec] as DataCodec<unknown>[];

describe('the returning user the benchmark and the start-up JS test load pages as', () => {
  it('has saved data for every tool, under the tools’ own keys', () => {
    expect(Object.keys(returningUserStorage()).sort()).toEqual(codecs.map((codec) => dataKey(codec.id)).sort());
  });

  it.each(codecs.map((codec) => [codec.id, codec] as const))(
    '%s: the saved value decodes at the current version, not empty',
    (_, codec) => {
      const decoded = decodeEnvelope(returningUserStorage()[dataKey(codec.id)]!, codec);
      expect(decoded.kind).toBe('value');
      expect(decoded.kind === 'value' && codec.count(decoded.value)).toBeGreaterThan(0);
      expect(JSON.parse(returningUserStorage()[dataKey(codec.id)]!).v).toBe(codec.version);
    },
  );
});
