/**
 * Room sessions' saved data: the session a facilitator is running for each tool (counts so far, where the room is,
 * the team size and timer), and every session that reached its result, kept apart from personal runs.
 *
 * Version history: v1 (current).
 */
import { MAX_TEAM_SIZE } from '../room/counts';
import type { DataCodec } from '../storage/envelope';
import { isIsoDate, isRecord, isSafeId } from '../storage/guards';

/** What a room votes on: the diagnostic's statements, or the health checklist's items. */
export type RoomKind = 'diagnostic' | 'checklist';
export const ROOM_KINDS: readonly RoomKind[] = ['diagnostic', 'checklist'];

/** How many answers each kind counts: five fingers and a fist; yes, not yet, no. */
export const ROOM_OPTIONS: Readonly<Record<RoomKind, number>> = { diagnostic: 6, checklist: 3 };

export interface RoomSession {
  id: string;
  kind: RoomKind;
  /** The diagnostic's question set, or the checklist's edition, the room voted on. */
  version: number;
  teamSize: number;
  /** Counts per statement or item id, in the kind's answer order. */
  counts: Record<string, number[]>;
  /** The Coordination Trap checks' counts (yes, no), diagnostic sessions only. */
  trap: Record<string, number[]>;
  /** The slide on the wall: a statement, a trap check, or (at the end) the result. */
  position: number;
  /** Seconds per statement, or null for no timer. */
  timer: number | null;
  startedAt: string;
  updatedAt: string;
  /** When the room first saw its result; only finished sessions are in the history. */
  finishedAt?: string;
}

export interface RoomData {
  current: Partial<Record<RoomKind, RoomSession>>;
  /** Finished sessions, oldest first. */
  sessions: RoomSession[];
}

/** Most finished sessions kept: a retro a week for years. */
export const MAX_SESSIONS = 300;
/** Timer choices offered, in seconds. */
export const TIMER_CHOICES: readonly number[] = [30, 60, 90, 120];
const MAX_ENTRIES = 200;
const MAX_POSITION = 500;

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 99;
const isIndex = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

function validCounts(value: unknown, options: number): Record<string, number[]> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > MAX_ENTRIES) return undefined;
  const valid = entries.every(
    ([id, counts]) => isSafeId(id) && Array.isArray(counts) && counts.length === options && counts.every(isCount),
  );
  return valid ? (Object.fromEntries(entries) as Record<string, number[]>) : undefined;
}

/** A session read from storage, an import or a share link; undefined when anything about it is off. */
export function validateRoomSession(value: unknown): RoomSession | undefined {
  if (!isRecord(value)) return undefined;
  const { id, kind, version, teamSize, position, timer, startedAt, updatedAt, finishedAt } = value;
  if (!isSafeId(id) || !ROOM_KINDS.includes(kind as RoomKind)) return undefined;
  const options = ROOM_OPTIONS[kind as RoomKind];
  const counts = validCounts(value['counts'], options);
  const trap = validCounts(value['trap'], 2);
  if (!counts || !trap || !isIndex(version, 1000) || version < 1) return undefined;
  if (!isIndex(teamSize, MAX_TEAM_SIZE) || teamSize < 1 || !isIndex(position, MAX_POSITION)) return undefined;
  if (timer !== null && !TIMER_CHOICES.includes(timer as number)) return undefined;
  if (!isIsoDate(startedAt) || !isIsoDate(updatedAt)) return undefined;
  if (finishedAt !== undefined && !isIsoDate(finishedAt)) return undefined;
  const session: RoomSession = {
    id,
    kind: kind as RoomKind,
    version,
    teamSize,
    counts,
    trap,
    position,
    timer: timer as number | null,
    startedAt,
    updatedAt,
  };
  if (finishedAt !== undefined) session.finishedAt = finishedAt;
  return session;
}

function validateRoomData(data: unknown): RoomData | undefined {
  if (!isRecord(data) || !isRecord(data['current']) || !Array.isArray(data['sessions'])) return undefined;
  if (data['sessions'].length > MAX_SESSIONS) return undefined;
  const current: RoomData['current'] = {};
  for (const [kind, value] of Object.entries(data['current'])) {
    const session = validateRoomSession(value);
    if (!session || session.kind !== kind) return undefined;
    current[session.kind] = session;
  }
  const sessions = data['sessions'].map(validateRoomSession);
  if (!sessions.every((s): s is RoomSession => s !== undefined && s.finishedAt !== undefined)) return undefined;
  return { current, sessions };
}

export const roomCodec: DataCodec<RoomData> = {
  id: 'room',
  label: 'Room sessions',
  version: 1,
  migrations: {},
  validate: validateRoomData,
  empty: () => ({ current: {}, sessions: [] }),
  count: (value) => value.sessions.length + Object.keys(value.current).length,
  lastChanged: (value) =>
    [...value.sessions, ...Object.values(value.current)]
      .map((session) => session.updatedAt)
      .sort()
      .at(-1),
};
