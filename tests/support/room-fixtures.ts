/** The room content and layouts the room's unit tests read and write against: the current set, three trap checks and four items. */
import type { ChecklistItem } from '../../src/lib/checklist';
import type { RoomContent } from '../../src/lib/room/markdown';
import type { RoomLayout } from '../../src/lib/room/share';
import type { RoomKind } from '../../src/lib/tools/room-data';
import { currentQuestionSet } from './question-sets';

export const set = currentQuestionSet();
export const trapChecks = [
  { id: 'everyone-agrees', symptom: 'Everyone agrees but nothing changes' },
  { id: 'evidence-unused', symptom: 'Evidence is known but unused' },
  { id: 'back-to-baseline', symptom: 'Behavior returns to baseline after wins' },
];
/** Their texts carry a pipe, which a Markdown table must escape. */
export const items: ChecklistItem[] = ['one', 'two', 'three', 'four'].map((id, i) => ({
  id: `item-${id}`,
  theme: i < 2 ? 'shared-intent' : 'learning',
  text: `Item ${id} | with a pipe`,
  constraints: [],
  guardrails: [],
}));
export const content: RoomContent = { questions: set.statements, trapChecks, items, nameOf: (id) => `Name of ${id}` };
export const layouts: Record<RoomKind, RoomLayout> = {
  diagnostic: {
    kind: 'diagnostic',
    version: set.version,
    ids: set.statements.map((q) => q.id),
    trapIds: trapChecks.map((c) => c.id),
  },
  checklist: { kind: 'checklist', version: 2, ids: items.map((i) => i.id), trapIds: [] },
};
