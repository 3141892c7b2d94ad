/** Taking a session out of the room: Markdown for the retro notes, one printed page, and a link with the counts. */
import { useState } from 'preact/hooks';
import { roomMarkdown, type RoomContent } from '../../lib/room/markdown';
import { encodeRoomShare } from '../../lib/room/share';
import type { RoomSession } from '../../lib/tools/room-data';
import { downloadText } from '../download';
import { layoutOf, type RoomProps } from './types';

interface Props {
  room: RoomProps;
  session: RoomSession;
  previous: RoomSession | undefined;
}

function contentOf(room: RoomProps): RoomContent {
  const { content } = room;
  if (content.kind === 'checklist') return { questions: [], trapChecks: [], items: content.items, nameOf: (id) => id };
  return {
    questions: content.questions,
    trapChecks: content.trapChecks,
    items: [],
    nameOf: (id) => content.constraints.find((c) => c.id === id)?.name ?? id,
  };
}

export default function RoomExports({ room, session, previous }: Props) {
  const [copied, setCopied] = useState('');
  const markdown = () => roomMarkdown(session, contentOf(room), previous);
  const link = `${location.origin}${location.pathname}#${encodeRoomShare(session, layoutOf(room))}`;
  const copy = (text: string, what: string) =>
    navigator.clipboard.writeText(text).then(
      () => setCopied(`${what} copied.`),
      () => setCopied(`Could not copy: select the ${what.toLowerCase()} and copy it yourself.`),
    );
  const day = (session.finishedAt ?? session.updatedAt).slice(0, 10);
  return (
    <section class="room-exports no-print" aria-labelledby="room-exports-title">
      <h3 id="room-exports-title">Take it out of the room</h3>
      <p class="tool-actions">
        <button
          type="button"
          class="button"
          data-download-markdown
          onClick={() => downloadText(`${session.kind}-room-${day}.md`, markdown(), 'text/markdown')}
        >
          Download Markdown
        </button>
        <button type="button" class="button" onClick={() => void copy(markdown(), 'Markdown')}>
          Copy Markdown
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          Print on one page
        </button>
      </p>
      <p>
        <label for="room-share-link">
          Link to this session (counts only; nothing leaves this browser until you share it)
        </label>
      </p>
      <p class="tool-actions">
        <input id="room-share-link" class="share-link" readOnly value={link} data-room-link />
        <button type="button" class="button" onClick={() => void copy(link, 'Link')}>
          Copy link
        </button>
      </p>
      <p role="status" class="hint">
        {copied}
      </p>
    </section>
  );
}
