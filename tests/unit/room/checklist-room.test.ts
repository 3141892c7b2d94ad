import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../src/lib/checklist';
import { summarizeChecklistRoom } from '../../../src/lib/room/checklist-room';

const item = (id: string, theme: ChecklistItem['theme'], guardrail: string): ChecklistItem => ({
  id,
  theme,
  text: `Statement ${id}`,
  constraints: [{ id: 'incentive-drift', name: 'Incentive Drift' }],
  guardrails: [{ id: guardrail, name: guardrail }],
});
const items = [
  item('a', 'shared-intent', 'brief'),
  item('b', 'shared-intent', 'proxies'),
  item('c', 'feedback-loops', 'reviews'),
  item('d', 'feedback-loops', 'dashboards'),
];

describe('the health checklist room', () => {
  it('names the theme with the lowest share of yes votes, and the guardrails behind its items that were not all yes', () => {
    const result = summarizeChecklistRoom(items, {
      a: [6, 0, 0],
      b: [4, 2, 0],
      c: [1, 2, 3],
      d: [6, 0, 0],
    });
    expect(result.weakest).toMatchObject({ id: 'feedback-loops', yes: 7, votes: 12 });
    expect(result.weakestGuardrails.map((g) => g.id)).toEqual(['reviews']);
    expect(result.themes.map((t) => t.health)).toEqual([10 / 12, 7 / 12]);
    expect(result.yes).toBe(17);
  });

  it('lists the items the room split on, widest first, and gives no weak theme when every vote was yes', () => {
    const split = summarizeChecklistRoom(items, { a: [3, 0, 3], b: [5, 1, 0], c: [6, 0, 0] });
    expect(split.mostSplit.map((i) => i.id)).toEqual(['a', 'b']);
    expect(split.noVotes).toBe(1);
    const healthy = summarizeChecklistRoom(items, { a: [6, 0, 0] });
    expect(healthy.weakest).toBeUndefined();
    expect(healthy.mostSplit).toEqual([]);
  });

  it('gives ties for the weakest theme to the earlier theme', () => {
    const result = summarizeChecklistRoom(items, { a: [3, 3, 0], c: [3, 0, 3] });
    expect(result.weakest?.id).toBe('shared-intent');
  });

  it('says how many items’ counts do not add up to the team, leaving out items with no votes', () => {
    const counts = { a: [3, 3, 0], b: [6, 0, 0], c: [2, 1, 0] };
    expect(summarizeChecklistRoom(items, counts, 6).offCount).toBe(1);
    expect(summarizeChecklistRoom(items, counts, 3).offCount).toBe(2);
    expect(summarizeChecklistRoom(items, counts).offCount).toBe(0);
  });
});
