/** The checklist's actions. The island calls these; the logic is in lib/checklist. */
import type { ChecklistAnswer, ChecklistData } from '../lib/tools/health-checklist-data';
import { withAnswer } from '../lib/checklist';
import { checklistCodec } from '../lib/tools/health-checklist-data';
import { changeEntries, mergeSaves, replaceEntries } from './entry-sync';
import { savedStore } from './saved-data';

/** The Alignment Health Checklist's answers. */
export const $checklist = savedStore(checklistCodec, mergeSaves(checklistCodec));

/** Records an answer now. */
export function answerItem(itemId: string, answer: ChecklistAnswer, now = new Date()): void {
  changeEntries($checklist, checklistCodec, (data) => withAnswer(data, itemId, answer, now));
}

/**
 * Clears every answer on the page (answers kept from an earlier edition stay: Your data deletes those).
 * @returns an undo that restores exactly what was cleared.
 */
export function resetChecklist(): () => void {
  const before: ChecklistData = $checklist.get();
  void replaceEntries($checklist, checklistCodec, { ...before, answers: {} });
  return () => void replaceEntries($checklist, checklistCodec, before);
}
