import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from '../../../src/lib/storage/envelope';
import { canvasCodec } from '../../../src/lib/tools/canvas-data';
import { diagnosticCodec, emptyDraft } from '../../../src/lib/tools/diagnostic-data';
import { checklistCodec } from '../../../src/lib/tools/health-checklist-data';
import { lastChanged } from '../../../src/lib/tools/last-changed';
import { roomCodec } from '../../../src/lib/tools/room-data';
import { TOOLS } from '../../../src/stores/tools';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/saved-data', name), 'utf8');
const EARLY = '2026-11-02T09:00:00.000Z';
const LATE = '2026-11-20T16:30:00.000Z';

describe('when each tool last changed, as the "your data" page shows it', () => {
  it('is known for every tool the "your data" page lists', () => {
    const dated: Record<string, unknown> = {
      [diagnosticCodec.id]: { draft: { updatedAt: LATE }, runs: [] },
      [roomCodec.id]: { sessions: [{ updatedAt: LATE }], current: {} },
      [checklistCodec.id]: { answers: { a: { answer: 'yes', changedAt: LATE } } },
      [canvasCodec.id]: { canvases: [{ updatedAt: LATE }], openId: null },
    };
    expect(TOOLS.map((tool) => [tool.codec.id, tool.lastChanged(dated[tool.codec.id])])).toEqual(
      TOOLS.map((tool) => [tool.codec.id, LATE]),
    );
  });

  it('is the newest answer of a saved checklist, answers from before dates were kept left out', () => {
    const decoded = decodeEnvelope(fixture('health-checklist-v3.json'), checklistCodec);
    expect(decoded.kind === 'value' && lastChanged(checklistCodec.id, decoded.value)).toBe('2026-11-02T14:00:00.000Z');
    const answers = { a: { answer: 'yes', changedAt: null }, b: { answer: 'no', changedAt: EARLY } };
    expect(lastChanged(checklistCodec.id, { answers })).toBe(EARLY);
  });

  it('is the newest canvas edit, or nothing with no canvas', () => {
    const canvases = [{ updatedAt: LATE }, { updatedAt: EARLY }];
    expect(lastChanged(canvasCodec.id, { canvases, openId: null })).toBe(LATE);
    expect(lastChanged(canvasCodec.id, canvasCodec.empty())).toBeUndefined();
  });

  it('is the later of the draft and the finished runs of the diagnostic', () => {
    const draft = { ...emptyDraft(), updatedAt: EARLY };
    expect(lastChanged(diagnosticCodec.id, { draft, runs: [{ finishedAt: LATE }] })).toBe(LATE);
    expect(lastChanged(diagnosticCodec.id, { draft, runs: [] })).toBe(EARLY);
    expect(lastChanged(diagnosticCodec.id, diagnosticCodec.empty())).toBeUndefined();
  });

  it('is the newest room session, finished or still open', () => {
    const value = { sessions: [{ updatedAt: EARLY }], current: { diagnostic: { updatedAt: LATE } } };
    expect(lastChanged(roomCodec.id, value)).toBe(LATE);
    expect(lastChanged(roomCodec.id, roomCodec.empty())).toBeUndefined();
  });

  it('is unknown for a tool it does not know', () => {
    expect(lastChanged('no-such-tool', { answers: {} })).toBeUndefined();
  });
});
