import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_TOMBSTONES,
  NO_MARKS,
  marksAfterChange,
  mergeCopies,
  mergeEntries,
  unionTombstones,
  type Copy,
  type DatedEntry,
  type EntryList,
} from '../../../src/lib/storage/merge';

interface Note extends DatedEntry {
  readonly text: string;
}
const list: EntryList<Note[]> = { of: (value) => value, withEntries: (_value, entries) => entries as Note[] };
const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 9, minute)).toISOString();
const note = (id: string, minute: number, text = `${id} at ${minute}`): Note => ({ id, updatedAt: at(minute), text });
const copy = (value: Note[], marks = NO_MARKS): Copy<Note[]> => ({ value, marks });
const versions = (notes: readonly Note[]) => notes.map((n) => `${n.id}@${n.updatedAt}`).sort();

describe('merging two tabs’ copies', () => {
  it('keeps the newest version of each entry and both tabs’ new entries', () => {
    const page = [note('a', 5), note('b', 1), note('mine', 3)];
    const stored = [note('a', 1), note('b', 4), note('theirs', 2)];
    const merged = mergeCopies(list, copy(page), copy(stored));
    expect(versions(merged.value)).toEqual(versions([note('a', 5), note('b', 4), note('mine', 3), note('theirs', 2)]));
    expect(merged.writeBack).toBe(true);
  });

  it('writes nothing back when the stored copy already holds everything, whatever its order', () => {
    const merged = mergeCopies(list, copy([note('a', 1), note('b', 2)]), copy([note('b', 2), note('a', 1)]));
    expect(merged.writeBack).toBe(false);
  });

  it('does not bring back a deleted version, but keeps an edit made after it', () => {
    const deleted = { gone: at(1), edited: at(1) };
    const stale = [note('gone', 1), note('edited', 6), note('kept', 1)];
    const merged = mergeCopies(list, copy([note('kept', 1)], { deleted, replacedAt: '' }), copy(stale));
    expect(versions(merged.value)).toEqual(versions([note('edited', 6), note('kept', 1)]));
    expect(merged.marks.deleted).toEqual(deleted);
    expect(merged.writeBack).toBe(true);
  });

  it('takes a copy replaced later whole, from either side', () => {
    const replaced = { deleted: {}, replacedAt: at(9) };
    const fromStorage = mergeCopies(list, copy([note('old', 8)]), copy([note('imported', 1)], replaced));
    expect(fromStorage).toEqual({ value: [note('imported', 1)], marks: replaced, writeBack: false });
    const fromPage = mergeCopies(list, copy([note('imported', 1)], replaced), copy([note('old', 8)]));
    expect(fromPage).toEqual({ value: [note('imported', 1)], marks: replaced, writeBack: true });
  });

  it('records removed entries as deleted and forgets the tombstone of one put back', () => {
    const marks = marksAfterChange(
      list,
      { deleted: { back: at(1) }, replacedAt: '' },
      [note('a', 2)],
      [note('back', 3)],
    );
    expect(marks.deleted).toEqual({ a: at(2) });
  });

  it('keeps the latest tombstones when there are too many', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_TOMBSTONES + 5 }, (_, i) => [`n${i}`, at(i)]));
    const kept = unionTombstones(many, {});
    expect(Object.keys(kept)).toHaveLength(MAX_TOMBSTONES);
    expect(kept).not.toHaveProperty('n0');
    expect(kept).toHaveProperty(`n${MAX_TOMBSTONES + 4}`);
  });

  it('picks the same version on a tie, whichever tab merges', () => {
    const [x, y] = [note('a', 1, 'one'), note('a', 1, 'two')];
    expect(mergeEntries([x], [y], {})).toEqual(mergeEntries([y], [x], {}));
  });

  it('property: two tabs that edit, add and delete, with saves crossing late, end equal and lose no edit', () => {
    type Step = { tab: 0 | 1; kind: 'edit' | 'add' | 'delete' | 'deliver'; id: number };
    const step = fc.record({
      tab: fc.constantFrom<0 | 1>(0, 1),
      kind: fc.constantFrom<Step['kind']>('edit', 'add', 'delete', 'deliver', 'deliver'),
      id: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let clock = 10;
        const start = [note('n0', 0), note('n1', 0)];
        const pages = [copy(start), copy(start)];
        const views = [copy(start), copy(start)]; // what each tab's localStorage shows it
        const inbox: Copy<Note[]>[][] = [[], []];
        const newestEdit = new Map<string, string>(); // id → newest version any tab saved
        const deletedVersions = new Set<string>();
        const save = (tab: 0 | 1, value: Copy<Note[]>) => {
          pages[tab] = value;
          views[tab] = value;
          inbox[1 - tab]!.push(value);
        };
        const change = (tab: 0 | 1, edit: (notes: Note[]) => Note[]) => {
          const base = mergeCopies(list, pages[tab]!, views[tab]!);
          const next = edit(base.value);
          for (const n of next) if (!base.value.includes(n)) newestEdit.set(n.id, n.updatedAt!);
          for (const n of base.value)
            if (!next.some((m) => m.id === n.id)) deletedVersions.add(`${n.id}@${n.updatedAt}`);
          save(tab, { value: next, marks: marksAfterChange(list, base.marks, base.value, next) });
        };
        const deliver = (tab: 0 | 1) => {
          const incoming = inbox[tab]!.shift();
          if (!incoming) return;
          views[tab] = incoming;
          const merged = mergeCopies(list, pages[tab]!, incoming);
          pages[tab] = merged;
          if (merged.writeBack) save(tab, merged);
        };
        for (const { tab, kind, id } of steps) {
          clock += 1;
          const name = `n${id}`;
          if (kind === 'deliver') deliver(tab);
          else if (kind === 'delete') change(tab, (notes) => notes.filter((n) => n.id !== name));
          else if (kind === 'add')
            change(tab, (notes) =>
              notes.some((n) => n.id === `${name}-${clock}`) ? notes : [...notes, note(`${name}-${clock}`, clock)],
            );
          else change(tab, (notes) => notes.map((n) => (n.id === name ? note(name, clock, `tab ${tab}`) : n)));
        }
        for (let round = 0; inbox[0]!.length + inbox[1]!.length > 0; round += 1) {
          expect(round).toBeLessThan(200); // the write-backs settle
          deliver(0);
          deliver(1);
        }
        expect(versions(pages[0]!.value)).toEqual(versions(pages[1]!.value));
        for (const n of pages[0]!.value) expect(deletedVersions.has(`${n.id}@${n.updatedAt}`)).toBe(false);
        for (const [id, version] of newestEdit) {
          if (deletedVersions.has(`${id}@${version}`)) continue;
          expect(pages[0]!.value.find((n) => n.id === id)?.updatedAt).toBe(version);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the tools that merge', () => {
  it('are the canvas and the checklist, listed by their codecs’ ids', async () => {
    const { ENTRY_LISTS } = await import('../../../src/lib/tools/entry-lists');
    const { canvasCodec } = await import('../../../src/lib/tools/canvas-data');
    const { checklistCodec } = await import('../../../src/lib/tools/health-checklist-data');
    expect(Object.keys(ENTRY_LISTS).sort()).toEqual([checklistCodec.id, canvasCodec.id].sort());
  });

  it('keep as many canvases as the canvas codec reads', async () => {
    const { MOST_CANVASES } = await import('../../../src/lib/tools/entry-lists');
    const { MAX_CANVASES } = await import('../../../src/lib/tools/canvas-data');
    expect(MOST_CANVASES).toBe(MAX_CANVASES);
  });
});
