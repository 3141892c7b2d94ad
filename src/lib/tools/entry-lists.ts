/**
 * Every tool whose data is a list of dated entries, seen as that list, by tool id: what the merge of two tabs'
 * copies works on (storage/merge). Here, not beside each codec, so that it loads with the merge and not at a tool
 * page's start-up.
 */
import type { Canvas } from '../canvas/model';
import type { EntryList } from '../storage/merge';
import type { CanvasData } from './canvas-data';
import type { ChecklistData, ChecklistEntry } from './health-checklist-data';

/**
 * MAX_CANVASES, written out: importing it would split canvas-data into a chunk of its own on the pages that load it
 * at start-up (a unit test holds the two equal).
 */
export const MOST_CANVASES = 100;

/** The canvases as dated entries, for merging two tabs' copies. The open canvas stays open unless it is gone. */
const canvasEntries: EntryList<CanvasData> = {
  of: (value) => value.canvases,
  // The merge hands back canvases it got from `of`.
  withEntries: (value, entries) => {
    const canvases = (entries as Canvas[]).slice(0, MOST_CANVASES);
    const openId = canvases.some((c) => c.id === value.openId) ? value.openId : (canvases[0]?.id ?? null);
    return { canvases, openId };
  },
};

/** The answers as dated entries, for merging two tabs' copies (answers kept from an earlier edition stay as stored). */
const checklistEntries: EntryList<ChecklistData> = {
  of: (value) => Object.entries(value.answers).map(([id, entry]) => ({ id, updatedAt: entry.changedAt, entry })),
  // The merge hands back entries it got from `of`.
  withEntries: (value, entries) => ({
    ...value,
    answers: Object.fromEntries(entries.map((e) => [e.id, (e as unknown as { entry: ChecklistEntry }).entry])),
  }),
};

/** Each an EntryList of its tool's data, by codec id (written out: importing the codecs would load their validators). */
export const ENTRY_LISTS: Readonly<Record<string, object>> = {
  'impact-chain-canvas': canvasEntries,
  'health-checklist': checklistEntries,
};
