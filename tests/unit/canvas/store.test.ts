import type { PersistentEvents } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCanvas } from '../../../src/lib/canvas/model';
import { canvasToJson } from '../../../src/lib/canvas/export';
import { MAX_CANVASES } from '../../../src/lib/tools/canvas-data';
import { $canvases, addCanvas, adoptCanvas, deleteCanvas, updateCanvas } from '../../../src/stores/canvas';
import { importCanvasFile } from '../../../src/stores/canvas-file';
import { startProbe } from '../../../src/stores/canvas-probe';
import { $unreadable, configureSavedData } from '../../../src/stores/saved-data';
import { forgetPageMarks } from '../../../src/stores/entry-merge';
import { entryMergeLoaded } from '../../../src/stores/entry-sync';
import { FakeStorage } from '../../support/fake-storage';

const events: PersistentEvents = { addEventListener: () => undefined, removeEventListener: () => undefined };
const now = new Date('2026-11-26T10:00:00Z');
const drift = {
  id: 'incentive-drift' as const,
  name: 'Incentive Drift',
  smallestDisequilibrium: 'Replace activity metrics.',
};
const file = (text: string) => ({ size: new TextEncoder().encode(text).length, text: async () => text });
const fill = () => {
  for (let i = $canvases.get().canvases.length; i < MAX_CANVASES; i += 1) addCanvas(createCanvas(`c-${i}`, now));
};

beforeAll(() => entryMergeLoaded());
beforeEach(() => {
  configureSavedData(() => new FakeStorage(), events);
  forgetPageMarks();
  $canvases.listen(() => undefined);
  $canvases.set({ canvases: [], openId: null });
});
afterEach(() => cleanStores($canvases));

describe('canvas actions', () => {
  it('starts a probe named for the constraint, its mechanism from the smallest disequilibrium, and opens it', () => {
    const canvas = startProbe(drift, 'outcome-proxies', now)!;
    expect(canvas).toMatchObject({
      name: 'Probe: Incentive Drift',
      constraint: 'incentive-drift',
      guardrails: ['outcome-proxies'],
      mechanism: { because: 'Replace activity metrics.' },
    });
    expect($canvases.get()).toMatchObject({ openId: canvas.id, canvases: [canvas] });
  });

  it('starts nothing and says so when the list is full (one limit, the store’s)', () => {
    fill();
    expect(startProbe(drift, undefined, now)).toBeUndefined();
    expect(adoptCanvas(createCanvas('elsewhere', now))).toBeUndefined();
    expect($canvases.get().canvases).toHaveLength(MAX_CANVASES);
  });

  it('adopts a canvas from elsewhere under a new id, so it never overwrites one of ours', () => {
    const mine = createCanvas('same-id', now);
    addCanvas(mine);
    const copy = adoptCanvas({ ...mine, name: 'From a file' })!;
    expect(copy.id).not.toBe('same-id');
    expect($canvases.get().canvases.map((c) => c.name)).toEqual([mine.name, 'From a file']);
  });

  it('a deleted canvas stays deleted when another tab’s older save still has it; its undo brings it back', () => {
    const storage = new FakeStorage();
    configureSavedData(() => storage, events);
    const [kept, gone] = [createCanvas('kept', now), createCanvas('gone', now)];
    addCanvas(kept);
    addCanvas(gone);
    const stale = storage.items.get('tfi:impact-chain-canvas')!;
    const undo = deleteCanvas('gone');
    expect(JSON.parse(storage.items.get('tfi:impact-chain-canvas')!).deleted).toEqual({ gone: gone.updatedAt });
    storage.items.set('tfi:impact-chain-canvas', stale); // the other tab's save, made before it saw the delete
    updateCanvas('kept', (c) => ({ ...c, owner: 'Asha', updatedAt: new Date(now.getTime() + 1000).toISOString() }));
    expect($canvases.get().canvases.map((c) => c.id)).toEqual(['kept']);
    undo();
    expect($canvases.get().canvases.map((c) => c.id)).toEqual(['kept', 'gone']);
    expect(JSON.parse(storage.items.get('tfi:impact-chain-canvas')!).deleted ?? {}).toEqual({});
    const staleWithDelete = { ...JSON.parse(stale), deleted: { gone: gone.updatedAt } };
    storage.items.set('tfi:impact-chain-canvas', JSON.stringify(staleWithDelete));
    updateCanvas('kept', (c) => ({ ...c, owner: 'Ben' }));
    expect($canvases.get().canvases.map((c) => c.id)).toEqual(['kept', 'gone']);
    expect($unreadable.get()).toEqual([]);
  });

  it('imports a canvas file, or says why not and changes nothing', async () => {
    const good = await importCanvasFile(file(canvasToJson({ ...createCanvas('x', now), name: 'Checkout' })));
    expect(good).toMatchObject({ message: 'Imported “Checkout”.', canvas: { name: 'Checkout' } });
    const before = $canvases.get();
    expect(await importCanvasFile(file('not json'))).toEqual({ message: 'The file is not JSON. Nothing was changed.' });
    expect(await importCanvasFile({ size: 10 * 1024 * 1024, text: async () => '' })).toEqual({
      message: 'The file is too large to be a canvas. Nothing was changed.',
    });
    expect($canvases.get()).toBe(before);
  });
});
