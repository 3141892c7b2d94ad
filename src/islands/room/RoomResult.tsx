/**
 * A room session's result, loaded when the room reaches it (or a past or shared session is opened): the verdict for
 * its kind, then the ways to take it out of the room.
 */
import { useEffect, useRef } from 'preact/hooks';
import { totalOf } from '../../lib/room/counts';
import { dateBeside } from '../../lib/dates';
import { previousSession, sessionDate as dateOf } from '../../lib/room/history';
import type { RoomSession } from '../../lib/tools/room-data';
import ChecklistRoomResult from './ChecklistRoomResult';
import DiagnosticRoomResult from './DiagnosticRoomResult';
import RoomExports from './RoomExports';
import { slidesOf, type RoomProps } from './types';

export interface RoomResultProps {
  room: RoomProps;
  session: RoomSession;
  /** The finished sessions in this browser, for "since the last session". */
  sessions: readonly RoomSession[];
  /** The running session: the room can go back to correct a count, or end it. */
  onBack?: () => void;
  onEnd?: () => void;
  /** A past or shared session, shown on its own. */
  onClose?: () => void;
  onKeep?: () => void;
}

export default function RoomResult({ room, session, sessions, onBack, onEnd, onClose, onKeep }: RoomResultProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [session.id]);
  const previous = previousSession(sessions, session);
  const slides = slidesOf(room).filter((s) => !s.trap);
  const counted = slides.filter((s) => totalOf(session.counts[s.id] ?? []) > 0).length;
  return (
    <section class="room-result" aria-labelledby="room-result-title" data-room-result>
      <h2 id="room-result-title" tabIndex={-1} ref={heading}>
        {onClose ? `Room session of ${dateOf(session)}` : 'The room’s result'}
      </h2>
      {onKeep && (
        <p class="notice" data-shared-session>
          Shared with you: read-only, and not kept in this browser unless you keep it.
        </p>
      )}
      <p class="room-meta" data-room-meta>
        {/* The heading of a session shown on its own already gives its date. */}
        {onClose ? '' : `${dateOf(session)} · `}team of {session.teamSize} · {counted} of {slides.length}{' '}
        {room.content.kind === 'diagnostic' ? 'statements' : 'items'} counted
        {previous
          ? ` · compared with the session of ${dateBeside(previous.finishedAt ?? previous.updatedAt, session.finishedAt ?? session.updatedAt)}`
          : ''}
      </p>
      {room.content.kind === 'diagnostic' ? (
        <DiagnosticRoomResult content={room.content} session={session} previous={previous} />
      ) : (
        <ChecklistRoomResult content={room.content} session={session} previous={previous} />
      )}
      <RoomExports room={room} session={session} previous={previous} />
      <p class="tool-actions no-print">
        {onBack && (
          <button type="button" class="button" onClick={onBack}>
            Back to the statements
          </button>
        )}
        {onEnd && (
          <button type="button" class="button" onClick={onEnd}>
            End this session
          </button>
        )}
        {onKeep && (
          <button type="button" class="button primary" onClick={onKeep} data-keep-session>
            Keep in this browser’s room history
          </button>
        )}
        {onClose && (
          <button type="button" class="button" onClick={onClose}>
            Close
          </button>
        )}
      </p>
    </section>
  );
}
