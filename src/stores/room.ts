/** Room sessions' actions. The room island calls these; what they change is worked out in lib/room/session. */
import { newSession, withCount, withFinished, withTrapCount } from '../lib/room/session';
import { roomCodec, type RoomData, type RoomKind, type RoomSession } from '../lib/tools/room-data';
import { changeSaved, savedStore } from './saved-data';

/** Every room session: the one running for each tool, and the finished ones. */
export const $room = savedStore(roomCodec);

const update = (change: (data: RoomData) => RoomData) => changeSaved($room, roomCodec, change);
const changeCurrent = (kind: RoomKind, change: (session: RoomSession) => RoomSession) =>
  update((data) => {
    const session = data.current[kind];
    return session ? { ...data, current: { ...data.current, [kind]: change(session) } } : data;
  });

/** Starts a session for a team of `teamSize`, with a timer per statement (seconds) or none. */
export function startSession(kind: RoomKind, version: number, teamSize: number, timer: number | null): void {
  update((data) => ({
    ...data,
    current: { ...data.current, [kind]: newSession(kind, version, teamSize, timer, new Date()) },
  }));
}

/** Records how many people chose one answer on a statement or item. */
export function setCount(kind: RoomKind, id: string, option: number, count: number): void {
  changeCurrent(kind, (session) => withCount(session, id, option, count, new Date()));
}

/** Records how many said yes (option 0) or no (option 1) to a Coordination Trap check. */
export function setTrapCount(kind: RoomKind, checkId: string, option: number, count: number): void {
  changeCurrent(kind, (session) => withTrapCount(session, checkId, option, count, new Date()));
}

/** Puts a slide on the wall; remembered across reloads. */
export function goToSlide(kind: RoomKind, position: number): void {
  changeCurrent(kind, (session) => ({ ...session, position: Math.max(0, position) }));
}

/** Shows the room its result and keeps the session in the history. */
export function finishSession(kind: RoomKind, position: number): void {
  update((data) => {
    const session = data.current[kind];
    return session ? withFinished(data, { ...session, position }, new Date()) : data;
  });
}

/** Ends the running session; a finished one stays in the history. */
export function endSession(kind: RoomKind): void {
  update((data) => {
    const current = { ...data.current };
    delete current[kind];
    return { ...data, current };
  });
}

/** Keeps a session opened from a link or retro notes in the history (once). */
export function keepSession(session: RoomSession): void {
  update((data) =>
    data.sessions.some((s) => s.id === session.id) ? data : { ...data, sessions: [...data.sessions, session] },
  );
}

/** Deletes a finished session from the history. */
export function deleteSession(sessionId: string): void {
  update((data) => ({ ...data, sessions: data.sessions.filter((s) => s.id !== sessionId) }));
}
