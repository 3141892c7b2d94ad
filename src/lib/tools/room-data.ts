/**
 * Room sessions' saved data: the session a facilitator is running for each tool (counts so far, where the room is,
 * the team size and timer), and every session that reached its result, kept apart from personal runs.
 *
 * Version history: v1 (current).
 */
import { MAX_TEAM_SIZE } from '../room/counts';
import type { DataCodec } from '../storage/envelope';
import { isIntegerIn, isIsoDate, isRecord, isSafeId } from '../storage/guards';

/** What a room votes on: the diagnostic's statements, or the health checklist's items. */
export type RoomKind = 'diagnostic' | 'checklist';
export const ROOM_KINDS: readonly RoomKind[] = ['diagnostic', 'checklist'];

/** How many answers each kind counts: five fingers and a fist; yes, not yet, no. */
export const ROOM_OPTIONS: Readonly<Record<RoomKind, number>> = { diagnostic: 6, checklist: 3 };
/** How many answers a Coordination Trap check counts: yes, then no. */
export const TRAP_OPTIONS = 2;

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

/** Counts per id, each with one count (0–99) per answer option. */
const isCountMap = (value: unknown, options: number): value is Record<string, number[]> =>
  isRecord(value) &&
  Object.keys(value).length <= MAX_ENTRIES &&
  Object.entries(value).every(
    ([id, counts]) =>
      isSafeId(id) && Array.isArray(counts) && counts.length === options && counts.every((n) => isIntegerIn(n, 0, 99)),
  );

/** A session read from storage, an import or a share link; undefined when anything about it is off. */
export function validateRoomSession(value: unknown): RoomSession | undefined {
  if (!isRecord(value)) return undefined;
  const { id, kind, version, teamSize, counts, trap, position, timer, startedAt, updatedAt, finishedAt } = value;
  const valid =
    isSafeId(id) &&
    (kind === 'diagnostic' || kind === 'checklist') &&
    isCountMap(counts, ROOM_OPTIONS[kind]) &&
    isCountMap(trap, TRAP_OPTIONS) &&
    isIntegerIn(version, 1, 1000) &&
    isIntegerIn(teamSize, 1, MAX_TEAM_SIZE) &&
    isIntegerIn(position, 0, MAX_POSITION) &&
    (timer === null || TIMER_CHOICES.includes(timer as number)) &&
    isIsoDate(startedAt) &&
    isIsoDate(updatedAt) &&
    (finishedAt === undefined || isIsoDate(finishedAt));
  if (!valid) return undefined;
  const session: RoomSession = {
    id,
    kind,
    version,
    teamSize,
    counts,
    trap,
    position,
    timer: timer as number | null,
    startedAt,
    updatedAt,
  };
  return finishedAt === undefined ? session : { ...session, finishedAt: finishedAt as string };
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
};
