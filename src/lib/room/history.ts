/** The room sessions kept in this browser: the one to compare with, a kind's sessions, and how a date reads. */
import type { RoomKind, RoomSession } from '../tools/room-data';

/** The finished session of the same kind and version before this one, to compare with. */
export function previousSession(sessions: readonly RoomSession[], session: RoomSession): RoomSession | undefined {
  const at = session.finishedAt ?? session.updatedAt;
  return sessions
    .filter(
      (s) =>
        s.id !== session.id &&
        s.kind === session.kind &&
        s.version === session.version &&
        s.finishedAt !== undefined &&
        s.finishedAt < at,
    )
    .sort(byFinish)
    .at(-1);
}

/** Sessions of one kind in the history, newest first. */
export function sessionsOf(sessions: readonly RoomSession[], kind: RoomKind): RoomSession[] {
  return sessions
    .filter((s) => s.kind === kind)
    .sort(byFinish)
    .reverse();
}

const byFinish = (a: RoomSession, b: RoomSession) => (a.finishedAt ?? '').localeCompare(b.finishedAt ?? '');

/** When a session finished (or last changed), as people read it: "November 26, 2026". */
export function sessionDate(session: RoomSession): string {
  return new Date(session.finishedAt ?? session.updatedAt).toLocaleDateString('en-US', { dateStyle: 'long' });
}
