/**
 * The Alignment Health Checklist's saved data: one answer per checklist item, with the time it last changed.
 *
 * Version history:
 * - v1 stored only the answer per item: `{ answers: { [itemId]: "yes" | "no" | "not-yet" } }`.
 * - v2 (current) adds when each answer changed, so the page can show how recent a check is:
 *   `{ answers: { [itemId]: { answer, changedAt } } }`. Answers migrated from v1 have `changedAt: null` (unknown).
 */
import type { DataCodec } from '../storage/envelope';
import { isIsoDate, isRecord, isSafeId } from '../storage/guards';

export const CHECKLIST_ANSWERS = ['yes', 'no', 'not-yet'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export interface ChecklistEntry {
  answer: ChecklistAnswer;
  /** ISO timestamp of the last change; null when unknown (answers carried over from v1). */
  changedAt: string | null;
}

export interface ChecklistData {
  answers: Record<string, ChecklistEntry>;
}

/** Most items a saved checklist may hold: the checklist has about 30; anything far beyond is not ours. */
export const MAX_CHECKLIST_ITEMS = 200;

const isAnswer = (value: unknown): value is ChecklistAnswer => CHECKLIST_ANSWERS.includes(value as ChecklistAnswer);

function validateChecklist(data: unknown): ChecklistData | undefined {
  if (!isRecord(data) || !isRecord(data['answers'])) return undefined;
  const entries = Object.entries(data['answers']);
  if (entries.length > MAX_CHECKLIST_ITEMS) return undefined;
  const answers: Record<string, ChecklistEntry> = {};
  for (const [id, entry] of entries) {
    if (!isSafeId(id) || !isRecord(entry) || !isAnswer(entry['answer'])) return undefined;
    const changedAt = entry['changedAt'];
    if (changedAt !== null && !isIsoDate(changedAt)) return undefined;
    answers[id] = { answer: entry['answer'], changedAt };
  }
  return { answers };
}

/** v1 → v2: keep every answer, mark its change time unknown. Anything malformed is left for validation to reject. */
function migrateV1(data: unknown): unknown {
  if (!isRecord(data) || !isRecord(data['answers'])) return data;
  return {
    answers: Object.fromEntries(
      Object.entries(data['answers']).map(([id, answer]) => [id, { answer, changedAt: null }]),
    ),
  };
}

export const checklistCodec: DataCodec<ChecklistData> = {
  id: 'health-checklist',
  label: 'Alignment Health Checklist',
  version: 2,
  migrations: { 1: migrateV1 },
  validate: validateChecklist,
  empty: () => ({ answers: {} }),
  count: (value) => Object.keys(value.answers).length,
  lastChanged: (value) =>
    Object.values(value.answers)
      .map((entry) => entry.changedAt)
      .filter((at): at is string => at !== null)
      .sort()
      .at(-1),
};
