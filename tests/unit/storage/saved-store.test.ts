import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PersistentEvents, PersistentListener } from '@nanostores/persistent';
import { cleanStores, type WritableAtom } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checklistCodec, type ChecklistData } from '../../../src/lib/tools/health-checklist-data';
import {
  $storageHealth,
  $unreadable,
  changeSaved,
  configureSavedData,
  deleteAllSiteData,
  deleteToolData,
  dismissUnreadable,
  savedStore,
} from '../../../src/stores/saved-data';
import { forgetPageMarks } from '../../../src/stores/entry-merge';
import { changeEntries, entryMergeLoaded, mergeSaves, replaceEntries } from '../../../src/stores/entry-sync';
import { FakeStorage } from '../../support/fake-storage';

const v1 = readFileSync(join(import.meta.dirname, '../../fixtures/saved-data/health-checklist-v1.json'), 'utf8');
const KEY = 'tfi:health-checklist';
const answer = (changedAt = '2026-11-01T10:00:00.000Z'): ChecklistData => ({
  answers: { 'shared-intent-one-page': { answer: 'yes', changedAt } },
});

/** A test events engine: `otherTab` plays a write made in another tab, as a storage event. */
function testEvents(storage: FakeStorage) {
  let listeners: PersistentListener[] = [];
  const events: PersistentEvents = {
    addEventListener: (_key, listener) => void listeners.push(listener),
    removeEventListener: (_key, listener) => void (listeners = listeners.filter((l) => l !== listener)),
  };
  const otherTab = (key: string, value: string | null) => {
    if (value === null) storage.items.delete(key);
    else storage.items.set(key, value);
    for (const listener of listeners) listener({ key, newValue: value as string });
  };
  return { events, otherTab };
}

let storage: FakeStorage;
let $store: WritableAtom<ChecklistData>;
let otherTab: (key: string, value: string | null) => void;

/** A new page; `merging` makes its store merge other tabs' saves, as the checklist's own store does. */
function start(initial: Record<string, string> = {}, merging = false) {
  storage = new FakeStorage(initial);
  const harness = testEvents(storage);
  otherTab = harness.otherTab;
  configureSavedData(() => storage, harness.events);
  forgetPageMarks();
  $store = savedStore(checklistCodec, merging ? mergeSaves(checklistCodec) : undefined);
  $store.listen(() => undefined); // mount, as an island would
}

beforeEach(() => start());
afterEach(() => cleanStores($store, $unreadable, $storageHealth));

describe('saved store', () => {
  it('starts empty and writes nothing until there is something to save', () => {
    expect($store.get()).toEqual({ answers: {} });
    expect(storage.items.size).toBe(0);
  });

  it('saves a versioned envelope and reads it back after a reload', () => {
    $store.set(answer());
    expect(JSON.parse(storage.items.get(KEY)!)).toEqual({ v: 3, data: answer() });
    configureSavedData(() => storage, testEvents(storage).events); // a reload: a new page, new stores
    const reloaded = savedStore(checklistCodec);
    expect(reloaded).not.toBe($store);
    expect(reloaded.get()).toEqual(answer());
  });

  it('gives one store per tool on a page, however often it is asked for', () => {
    expect(savedStore(checklistCodec)).toBe($store);
  });

  it('migrates a v1 value found in storage', () => {
    start({ [KEY]: v1 });
    expect(Object.keys($store.get().answers)).toHaveLength(3);
    expect($store.get().answers['shared-intent-one-page']).toEqual({ answer: 'yes', changedAt: null });
  });

  it('keeps unreadable data aside, byte for byte, and reports it', () => {
    const corrupt = '{"v":2,"data":{"answers":{"x":{"answer":"yes"';
    start({ [KEY]: corrupt });
    expect($store.get()).toEqual({ answers: {} });
    const [copy] = $unreadable.get();
    expect(copy).toMatchObject({ toolId: 'health-checklist', raw: corrupt, reason: 'not-json' });
    expect(storage.items.get(copy!.key)).toBe(corrupt);
    expect(storage.items.has(KEY)).toBe(false);
  });

  it('finds copies kept aside in an earlier visit, and forgets one when dismissed', () => {
    start({ 'tfi:health-checklist:unreadable:2026-11-01T00:00:00.000Z': 'old junk' });
    expect($unreadable.get()).toEqual([
      {
        key: 'tfi:health-checklist:unreadable:2026-11-01T00:00:00.000Z',
        toolId: 'health-checklist',
        raw: 'old junk',
        at: '2026-11-01T00:00:00.000Z',
      },
    ]);
    dismissUnreadable($unreadable.get()[0]!.key);
    expect($unreadable.get()).toEqual([]);
    expect(storage.items.size).toBe(0);
  });

  it('keeps data from the future aside instead of overwriting it', () => {
    const future = '{"v":99,"data":{"whatever":true}}';
    start({ [KEY]: future });
    expect($unreadable.get()[0]).toMatchObject({ raw: future, reason: 'future-version' });
  });

  it('when storage is full, keeps working in memory, says so, and leaves the last good copy', () => {
    $store.set(answer('2026-11-01T10:00:00.000Z'));
    const good = storage.items.get(KEY);
    storage.failure = 'quota';
    $store.set(answer('2026-11-02T10:00:00.000Z'));
    expect($store.get()).toEqual(answer('2026-11-02T10:00:00.000Z'));
    expect($storageHealth.get()).toBe('full');
    expect(storage.items.get(KEY)).toBe(good);
  });

  it('when storage is disabled, works in memory and says changes are not saved', () => {
    storage = new FakeStorage();
    storage.failure = 'security';
    configureSavedData(() => storage, testEvents(storage).events);
    $store = savedStore(checklistCodec);
    $store.set(answer());
    expect($store.get()).toEqual(answer());
    expect($storageHealth.get()).toBe('unavailable');
  });

  it('shows an edit made in another tab', () => {
    const other: ChecklistData = {
      answers: { 'feedback-outcome-reviewed': { answer: 'no', changedAt: '2026-11-03T08:00:00.000Z' } },
    };
    otherTab(KEY, JSON.stringify({ v: 3, data: other }));
    expect($store.get()).toEqual(other);
    otherTab(KEY, null);
    expect($store.get()).toEqual({ answers: {} });
  });

  it('starts a change from what is stored now, so another tab’s save that has not reached this page yet is kept', () => {
    const other: ChecklistData = {
      answers: { 'feedback-outcome-reviewed': { answer: 'no', changedAt: '2026-11-03T08:00:00.000Z' } },
    };
    // Another tab saved, and its storage event has not arrived: this page's copy is still empty.
    storage.items.set(KEY, JSON.stringify({ v: 3, data: other }));
    expect($store.get()).toEqual({ answers: {} });
    changeSaved($store, checklistCodec, (data) => ({ answers: { ...data.answers, ...answer().answers } }));
    const both = { answers: { ...other.answers, ...answer().answers } };
    expect($store.get()).toEqual(both);
    expect(JSON.parse(storage.items.get(KEY)!)).toEqual({ v: 3, data: both });
  });

  it('merges a late save of another tab with this page’s newer answers, and saves the merge back', async () => {
    const item = (answer: 'yes' | 'no', minute: number) => ({ answer, changedAt: `2026-12-07T09:0${minute}:00.000Z` });
    start({}, true);
    await entryMergeLoaded();
    changeEntries($store, checklistCodec, () => ({ answers: { mine: item('yes', 5), both: item('yes', 1) } }));
    // The other tab saved before it saw this page's answers: its copy of `both` is newer, `mine` it never had.
    otherTab(KEY, JSON.stringify({ v: 3, data: { answers: { theirs: item('no', 2), both: item('no', 3) } } }));
    const merged = { mine: item('yes', 5), theirs: item('no', 2), both: item('no', 3) };
    expect($store.get().answers).toEqual(merged);
    await Promise.resolve();
    expect(JSON.parse(storage.items.get(KEY)!).data.answers).toEqual(merged);
  });

  it('takes a replacement made in another tab whole, and keeps its own over a copy that did not see it', async () => {
    start({}, true);
    await entryMergeLoaded();
    changeEntries($store, checklistCodec, () => answer('2026-12-07T09:05:00.000Z'));
    const imported = { 'feedback-outcome-reviewed': { answer: 'no', changedAt: null } };
    const replacedAt = '2026-12-07T09:06:00.000Z';
    otherTab(KEY, JSON.stringify({ v: 3, data: { answers: imported }, replacedAt }));
    expect($store.get().answers).toEqual(imported);
    replaceEntries($store, checklistCodec, answer());
    otherTab(KEY, JSON.stringify({ v: 3, data: { answers: imported }, replacedAt }));
    expect($store.get()).toEqual(answer());
    await Promise.resolve();
    const { replacedAt: replaced, ...saved } = JSON.parse(storage.items.get(KEY)!);
    expect(saved).toEqual({ v: 3, data: answer() });
    expect(replaced > replacedAt).toBe(true);
  });

  it('changes this page’s copy when nothing is stored, or storage is out of reach', () => {
    changeSaved($store, checklistCodec, () => answer());
    expect($store.get()).toEqual(answer());
    storage.failure = 'security';
    changeSaved($store, checklistCodec, (data) => ({
      answers: { ...data.answers, 'feedback-outcome-reviewed': { answer: 'no' as const, changedAt: null } },
    }));
    expect(Object.keys($store.get().answers)).toEqual(['shared-intent-one-page', 'feedback-outcome-reviewed']);
  });

  it('keeps aside an unreadable value written by another tab', () => {
    otherTab(KEY, 'garbage');
    expect($store.get()).toEqual({ answers: {} });
    expect($unreadable.get().map((copy) => copy.raw)).toEqual(['garbage']);
  });

  it('deletes one tool’s data, or all of this site’s keys and no others', () => {
    storage.items.set('someone-else', 'keep me');
    storage.items.set('tfi:theme', 'dark');
    $store.set(answer());
    deleteToolData('health-checklist');
    expect(storage.items.has(KEY)).toBe(false);
    expect($store.get()).toEqual({ answers: {} });
    $store.set(answer());
    deleteAllSiteData();
    expect([...storage.items.keys()]).toEqual(['someone-else']);
  });
});
