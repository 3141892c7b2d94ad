/**
 * The Alignment Health Checklist's saved data: one answer per checklist item, with the time it last changed.
 *
 * Version history:
 * - v1 stored only the answer per item: `{ answers: { [itemId]: "yes" | "no" | "not-yet" } }`.
 * - v2 adds when each answer changed, so the page can show how recent a check is:
 *   `{ answers: { [itemId]: { answer, changedAt } } }`. Answers migrated from v1 have `changedAt: null` (unknown).
 * - v3 (current) follows the checklist's second edition, where each item asks one thing and "yes" is healthy for
 *   every item. Same shape plus `retired`: answers to v2 items whose question changed meaning are kept there (never
 *   shown or counted, still exported and deleted with the rest), so an edition of the checklist never loses one.
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
  /** Answers to questions a later edition of the checklist replaced, kept as they were. */
  retired?: Record<string, ChecklistEntry>;
}

/** Most items a saved checklist may hold: the checklist has about 30; anything far beyond is not ours. */
export const MAX_CHECKLIST_ITEMS = 200;

const isAnswer = (value: unknown): value is ChecklistAnswer => CHECKLIST_ANSWERS.includes(value as ChecklistAnswer);

function validateEntries(value: unknown): Record<string, ChecklistEntry> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > MAX_CHECKLIST_ITEMS) return undefined;
  const valid: Record<string, ChecklistEntry> = {};
  for (const [id, entry] of entries) {
    if (!isSafeId(id) || !isRecord(entry) || !isAnswer(entry['answer'])) return undefined;
    const changedAt = entry['changedAt'];
    if (changedAt !== null && !isIsoDate(changedAt)) return undefined;
    valid[id] = { answer: entry['answer'], changedAt };
  }
  return valid;
}

function validateChecklist(data: unknown): ChecklistData | undefined {
  if (!isRecord(data)) return undefined;
  const answers = validateEntries(data['answers']);
  if (!answers) return undefined;
  if (data['retired'] === undefined) return { answers };
  const retired = validateEntries(data['retired']);
  return retired ? { answers, retired } : undefined;
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

/**
 * The second edition's map from first-edition items. Items absent from both lists kept their id and meaning.
 * `asked the other way round`: the essay's trap questions, where "no" was healthy, now read so "yes" is.
 */
export const CHECKLIST_EDITION_2 = {
  askedTheOtherWayRound: {
    'trap-everyone-agrees': 'first-move-risk-is-shared',
    'trap-evidence-unused': 'regular-evidence-ritual',
    'trap-back-to-baseline': 'wins-kept-by-guardrails',
  } as Readonly<Record<string, string>>,
  /** Questions that asked two things, or asked about the organization: an old answer would not answer the new one. */
  replaced: [
    'one-page-brief-for-each-initiative',
    'decisions-written-with-revisit-date',
    'anyone-can-stop-the-line',
    'cross-team-change-without-a-meeting',
    'dependent-teams-share-priorities',
    'paved-road-is-used',
    'long-horizon-work-has-an-owner',
  ] as readonly string[],
};

const OPPOSITE: Record<ChecklistAnswer, ChecklistAnswer> = { yes: 'no', no: 'yes', 'not-yet': 'not-yet' };

/**
 * v2 → v3: answers to unchanged items stay; trap answers move to their new item with yes and no swapped (the
 * question now reads the other way); answers to replaced items move to `retired`. Malformed data is left for
 * validation to reject.
 */
function migrateV2(data: unknown): unknown {
  if (!isRecord(data) || !isRecord(data['answers'])) return data;
  const answers: Record<string, unknown> = {};
  const retired: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(data['answers'])) {
    const turned = CHECKLIST_EDITION_2.askedTheOtherWayRound[id];
    if (turned !== undefined && isRecord(entry) && isAnswer(entry['answer'])) {
      answers[turned] = { ...entry, answer: OPPOSITE[entry['answer']] };
    } else if (CHECKLIST_EDITION_2.replaced.includes(id) || turned !== undefined) {
      retired[id] = entry;
    } else {
      answers[id] = entry;
    }
  }
  return Object.keys(retired).length > 0 ? { answers, retired } : { answers };
}

export const checklistCodec: DataCodec<ChecklistData> = {
  id: 'health-checklist',
  label: 'Alignment Health Checklist',
  version: 3,
  migrations: { 1: migrateV1, 2: migrateV2 },
  validate: validateChecklist,
  empty: () => ({ answers: {} }),
  count: (value) => Object.keys(value.answers).length,
};
