/** A room session's changes, as pure functions: the store applies them and saves the result. */
import { noCounts } from './counts';
import {
  MAX_SESSIONS,
  ROOM_OPTIONS,
  TRAP_OPTIONS,
  type RoomData,
  type RoomKind,
  type RoomSession,
} from '../tools/room-data';

/** A new session, before the first vote. */
export function newSession(
  kind: RoomKind,
  version: number,
  teamSize: number,
  timer: number | null,
  now: Date,
  id = `room-${now.getTime().toString(36)}`,
): RoomSession {
  const at = now.toISOString();
  return { id, kind, version, teamSize, counts: {}, trap: {}, position: 0, timer, startedAt: at, updatedAt: at };
}

/** The session with one answer's count on a statement or item set. */
export function withCount(session: RoomSession, id: string, option: number, count: number, now: Date): RoomSession {
  const counts = [...(session.counts[id] ?? noCounts(ROOM_OPTIONS[session.kind]))];
  counts[option] = count;
  return { ...session, counts: { ...session.counts, [id]: counts }, updatedAt: now.toISOString() };
}

/** The session with one Coordination Trap check's count set: option 0 is yes, 1 is no. */
export function withTrapCount(
  session: RoomSession,
  checkId: string,
  option: number,
  count: number,
  now: Date,
): RoomSession {
  const counts = [...(session.trap[checkId] ?? noCounts(TRAP_OPTIONS))];
  counts[option] = count;
  return { ...session, trap: { ...session.trap, [checkId]: counts }, updatedAt: now.toISOString() };
}

/**
 * The data with a session's result seen: the session stays current (the room can go back and correct a count), and
 * is kept in the history, replacing its earlier copy, with the time it was first finished.
 */
export function withFinished(data: RoomData, session: RoomSession, now: Date): RoomData {
  const earlier = data.sessions.find((s) => s.id === session.id);
  const finished: RoomSession = { ...session, finishedAt: earlier?.finishedAt ?? now.toISOString() };
  const others = data.sessions.filter((s) => s.id !== session.id);
  const sessions = earlier
    ? data.sessions.map((s) => (s.id === session.id ? finished : s))
    : [...others, finished].slice(-MAX_SESSIONS);
  return { current: { ...data.current, [session.kind]: finished }, sessions };
}
