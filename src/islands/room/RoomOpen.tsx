/**
 * Opens a session someone shared: a room link, or the Markdown from the retro notes. Nothing is saved until the
 * facilitator asks; a link in the page's own address opens straight away.
 */
import { useEffect, useState } from 'preact/hooks';
import { decodeRoomShare, type DecodedRoomShare, type RoomLayout, type RoomLayouts } from '../../lib/room/share';
import type { RoomSession } from '../../lib/tools/room-data';
import { layoutOf, roomFor, type RoomProps } from './types';

interface Props {
  room: RoomProps;
  onOpen: (session: RoomSession) => void;
}

/** Every layout the page reads links and Markdown against: its own first, then each older set's. */
function layoutsOf(props: RoomProps): RoomLayout[] {
  const older = props.content.kind === 'diagnostic' ? props.content.olderSets : [];
  return [props, ...older.map((set) => roomFor(props, set.version)!)].map(layoutOf);
}

/** Markdown is read by a Markdown parser, loaded only when someone opens Markdown. */
async function read(text: string, layouts: RoomLayouts): Promise<DecodedRoomShare> {
  if (!/^\s*#\s/m.test(text)) return decodeRoomShare(text.trim(), layouts);
  const { readRoomMarkdown } = await import('../../lib/room/markdown-read');
  return readRoomMarkdown(text, layouts);
}

export default function RoomOpen({ room, onOpen }: Props) {
  // The page's own layout first, then the older sets' it still reads.
  const layouts = layoutsOf(room);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    if (!/[#&]room=/.test(location.hash)) return;
    const decoded = decodeRoomShare(location.href, layouts);
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
          onClick={async () => {
            const decoded = await read(text, layouts);
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
