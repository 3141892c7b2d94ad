/**
 * Opens a session someone shared: a room link, or the Markdown from the retro notes. Nothing is saved until the
 * facilitator asks; a link in the page's own address opens straight away.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseRoomMarkdown } from '../../lib/room/markdown';
import { decodeRoomShare, type DecodedRoomShare, type RoomLayout } from '../../lib/room/share';
import type { RoomSession } from '../../lib/tools/room-data';

interface Props {
  layout: RoomLayout;
  onOpen: (session: RoomSession) => void;
}

function read(text: string, layout: RoomLayout): DecodedRoomShare {
  return /^\s*#\s/m.test(text) ? parseRoomMarkdown(text, layout) : decodeRoomShare(text.trim(), layout);
}

export default function RoomOpen({ layout, onOpen }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    if (!/[#&]room=/.test(location.hash)) return;
    const decoded = decodeRoomShare(location.href, layout);
    if (decoded.ok) onOpen(decoded.session);
    else setError(decoded.error);
  }, []);
  return (
    <section class="room-open no-print" aria-labelledby="room-open-title">
      <h2 id="room-open-title">Open a session</h2>
      <p>Paste a room link or the Markdown from your retro notes to see that session’s result again.</p>
      <label for="room-open-text">Room link or Markdown</label>
      <textarea
        id="room-open-text"
        rows={4}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p class="tool-actions">
        <button
          type="button"
          class="button"
          onClick={() => {
            const decoded = read(text, layout);
            setError(decoded.ok ? '' : decoded.error);
            if (decoded.ok) onOpen(decoded.session);
          }}
        >
          Open
        </button>
      </p>
      <p role="alert" class={error ? 'notice warning' : ''} data-room-open-error>
        {error}
      </p>
    </section>
  );
}
