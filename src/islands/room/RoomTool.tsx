/**
 * Room mode: a facilitator puts one statement on the wall, the room votes with a hand sign, and the counts are typed
 * in. The voting screen is all this file loads; the result, the history and opening a shared session load when needed.
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import type { RoomData, RoomSession } from '../../lib/tools/room-data';
import { $room, endSession, finishSession, goToSlide, keepSession } from '../../stores/room';
import Deferred from '../Deferred';
import { useLazyComponent } from '../lazy';
import SavedDataNotice from '../SavedDataNotice';
import RoomSetup from './RoomSetup';
import RoomSlide from './RoomSlide';
import { kindOf, roomFor, slidesOf, type RoomProps } from './types';

const EMPTY: RoomData = { current: {}, sessions: [] };

export default function RoomTool(props: RoomProps) {
  const kind = kindOf(props);
  const data = useStore($room, { ssr: () => EMPTY });
  const running = data.current[kind];
  // A session started on an older question set goes on with that set's statements.
  const room = (running && roomFor(props, running.version)) || props;
  const session = running?.version === room.version ? running : undefined;
  const slides = slidesOf(room);
  const stage = useRef<HTMLDivElement>(null);
  const [presenting, setPresenting] = useState(false);
  const toggle = () => void import('./presenting').then((m) => m.togglePresenting(stage.current, setPresenting));
  const [viewing, setViewing] = useState<RoomSession>();
  const viewingRoom = viewing && roomFor(props, viewing.version);
  const atResult = session !== undefined && session.position >= slides.length;
  const Result = useLazyComponent(() => import('./RoomResult'), atResult || viewing !== undefined);
  const linked = typeof location !== 'undefined' && /[#&]room=/.test(location.hash);

  const close = () => {
    setViewing(undefined);
    if (linked) history.replaceState(null, '', location.pathname + location.search);
  };
  const loading = <p class="room-loading">Loading the result…</p>;
  return (
    <div class="room">
      <SavedDataNotice toolId="room" labels={props.labels} yourDataHref={props.links.yourData} />
      {viewing && viewingRoom ? (
        Result ? (
          <Result
            room={viewingRoom}
            session={viewing}
            sessions={data.sessions}
            onClose={close}
            {...(data.sessions.some((s) => s.id === viewing.id) ? {} : { onKeep: () => keepSession(viewing) })}
          />
        ) : (
          loading
        )
      ) : (
        <div ref={stage} class={presenting ? 'room-stage presenting' : 'room-stage'} data-room-stage>
          {session && (
            <p class="room-present no-print">
              <button type="button" class="button" aria-pressed={presenting} onClick={toggle}>
                {presenting ? 'Leave full screen' : 'Present full screen'}
              </button>
            </p>
          )}
          {session && room !== props && (
            <p class="notice room-older-set no-print" data-room-older-set>
              Started on question set {room.version}: its statements go on. New sessions use set {props.version}.
            </p>
          )}
          {!session ? (
            <RoomSetup kind={kind} version={props.version} />
          ) : atResult ? (
            Result ? (
              <Result
                room={room}
                session={session}
                sessions={data.sessions}
                onBack={() => goToSlide(kind, slides.length - 1)}
                onEnd={() => endSession(kind)}
              />
            ) : (
              loading
            )
          ) : (
            <RoomSlide
              session={session}
              slides={slides}
              prompt={room.prompt}
              votes={props.votes}
              trapVotes={props.trapVotes}
              trapPrompt={props.trapPrompt}
              onFinish={() => finishSession(kind, slides.length)}
            />
          )}
        </div>
      )}
      {!presenting && (
        <>
          <Deferred load={() => import('./RoomOpen')} props={{ room: props, onOpen: setViewing }} now={linked} />
          <Deferred
            load={() => import('./RoomHistory')}
            props={{ room: props, sessions: data.sessions, onOpen: setViewing }}
          />
        </>
      )}
    </div>
  );
}
