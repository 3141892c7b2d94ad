/** The room sessions kept in this browser, apart from personal runs, newest first, each with its verdict. */
import { summarizeChecklistRoom } from '../../lib/room/checklist-room';
import { summarizeDiagnosticRoom } from '../../lib/room/diagnostic-room';
import { distinctDateLabels } from '../../lib/dates';
import { sessionsOf } from '../../lib/room/history';
import type { RoomSession } from '../../lib/tools/room-data';
import { deleteSession } from '../../stores/room';
import { roomFor, type RoomProps } from './types';

interface Props {
  room: RoomProps;
  sessions: readonly RoomSession[];
  onOpen: (session: RoomSession) => void;
}

/** The one line a session is remembered by: its dominant constraint, or its weakest theme. */
function verdictOf({ content }: RoomProps, session: RoomSession): string {
  if (content.kind === 'checklist') {
    const weakest = summarizeChecklistRoom(content.items, session.counts).weakest;
    return weakest ? `weakest theme: ${weakest.label}` : 'no weak theme';
  }
  const dominant = summarizeDiagnosticRoom({
    questions: content.questions,
    counts: session.counts,
    teamSize: session.teamSize,
    questionSetVersion: session.version,
  }).dominant;
  return dominant ? `dominant: ${content.constraints.find((c) => c.id === dominant)?.name ?? dominant}` : 'no verdict';
}

export default function RoomHistory({ room, sessions, onOpen }: Props) {
  // Sessions on an older question set are listed, and open, with their own statements.
  const own = sessionsOf(sessions, room.content.kind).filter((session) => roomFor(room, session.version));
  // Two sessions on one day are told apart by their times: in the list and in each button's name.
  const dates = distinctDateLabels(
    own.map((session) => session.finishedAt ?? session.updatedAt),
    'long',
  );
  return (
    <section class="room-history no-print" aria-labelledby="room-history-title" data-room-history>
      <h2 id="room-history-title">Sessions in this browser</h2>
      {own.length === 0 ? (
        <p>None yet. A session is kept here, apart from personal runs, when the room reaches its result.</p>
      ) : (
        <ul>
          {own.map((session, index) => {
            const date = dates[index];
            return (
              <li key={session.id} data-session={session.id}>
                {date}, team of {session.teamSize}, {verdictOf(roomFor(room, session.version)!, session)}
                {session.version !== room.version && ` (question set ${session.version})`}{' '}
                <button type="button" class="button" onClick={() => onOpen(session)}>
                  Open<span class="visually-hidden"> the session of {date}</span>
                </button>{' '}
                <button type="button" class="button" onClick={() => deleteSession(session.id)}>
                  Delete<span class="visually-hidden"> the session of {date}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
