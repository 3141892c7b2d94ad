/**
 * The health checklist in the room: on each item, how many said yes, not yet and no. A theme's health is its share
 * of yes votes, judged, like a single checklist, only on what was answered; the weakest theme is the one with the
 * lowest share (ties go to the earlier theme). An item's split is the share of pairs of people who answered it
 * differently.
 */
import { signedChange } from '../diagnostic/compare';
import { CHECKLIST_THEMES, mostCited, type ChecklistItem, type ChecklistThemeId } from '../checklist';
import type { ChecklistAnswer } from '../tools/health-checklist-data';
import { noCounts, totalOf, type Counts } from './counts';
import { offCountOf } from './off-count';
import { differingShare } from './splits';
import { MOST_SPLIT } from './diagnostic-room';

/** The answers a room counts on each item, in the order counts are kept. */
export const ROOM_CHECKLIST_ANSWERS: readonly ChecklistAnswer[] = ['yes', 'not-yet', 'no'];

export interface RoomItem {
  id: string;
  theme: ChecklistThemeId;
  counts: Counts;
  yes: number;
  votes: number;
  /** Share of pairs who answered differently (0–1); null with fewer than two votes. */
  split: number | null;
}

export interface RoomTheme {
  id: ChecklistThemeId;
  label: string;
  yes: number;
  votes: number;
  /** Yes votes over votes (0–1); null with no votes. */
  health: number | null;
}

export interface ChecklistRoomResult {
  items: RoomItem[];
  themes: RoomTheme[];
  yes: number;
  votes: number;
  weakest?: RoomTheme;
  /** Constraints and guardrails behind the weakest theme's items that got any vote other than yes, most-cited first. */
  weakestConstraints: { id: string; name: string }[];
  weakestGuardrails: { id: string; name: string }[];
  /** The items with the widest splits, widest first (at most MOST_SPLIT, none at zero). */
  mostSplit: RoomItem[];
  /** Items with no votes counted. */
  noVotes: number;
  /** Items whose counts do not add up to the team (0 when no team size is given). */
  offCount: number;
}

/** The room's checklist result from its counts. Pure and total: counts for unknown items are ignored. */
export function summarizeChecklistRoom(
  items: readonly ChecklistItem[],
  counts: Readonly<Record<string, Counts>>,
  teamSize?: number,
): ChecklistRoomResult {
  const roomItems: RoomItem[] = items.map((item) => {
    const own = counts[item.id] ?? noCounts(ROOM_CHECKLIST_ANSWERS.length);
    return {
      id: item.id,
      theme: item.theme,
      counts: own,
      yes: own[0] ?? 0,
      votes: totalOf(own),
      split: differingShare(own) ?? null,
    };
  });
  const themes: RoomTheme[] = CHECKLIST_THEMES.flatMap((theme) => {
    const own = roomItems.filter((item) => item.theme === theme.id);
    if (own.length === 0) return [];
    const yes = own.reduce((sum, item) => sum + item.yes, 0);
    const votes = own.reduce((sum, item) => sum + item.votes, 0);
    return [{ id: theme.id, label: theme.label, yes, votes, health: votes === 0 ? null : yes / votes }];
  });
  const weakest = themes.reduce<RoomTheme | undefined>(
    (worst, theme) =>
      theme.health === null || theme.health === 1 || (worst && worst.health! <= theme.health) ? worst : theme,
    undefined,
  );
  const behind = weakest
    ? items.filter((item, index) => item.theme === weakest.id && roomItems[index]!.votes > roomItems[index]!.yes)
    : [];
  const result: ChecklistRoomResult = {
    items: roomItems,
    themes,
    yes: roomItems.reduce((sum, item) => sum + item.yes, 0),
    votes: roomItems.reduce((sum, item) => sum + item.votes, 0),
    weakestConstraints: mostCited(behind.map((item) => item.constraints)),
    weakestGuardrails: mostCited(behind.map((item) => item.guardrails)),
    mostSplit: roomItems
      .filter((item) => (item.split ?? 0) > 0)
      .sort((a, b) => b.split! - a.split!)
      .slice(0, MOST_SPLIT),
    noVotes: roomItems.filter((item) => item.votes === 0).length,
    offCount:
      teamSize === undefined
        ? 0
        : offCountOf(
            roomItems.map((item) => item.counts),
            teamSize,
          ),
  };
  if (weakest) result.weakest = weakest;
  return result;
}

/** A share as people read it: "67%", or "–" without votes. */
export const percentOf = (share: number | null): string => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** A theme's change in yes share since an earlier session, in percentage points ("+8 pts"), or "–". */
export function shareChange(now: number | null, then: number | null): string {
  return now === null || then === null ? '–' : `${signedChange(Math.round(now * 100) - Math.round(then * 100))} pts`;
}
