/**
 * One statement on the wall, in large type, with the answers as hand signs and a count field under each. The layout
 * keeps its size from statement to statement, so nothing jumps while the room reads.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { countCheckText, checkCounts, noCounts } from '../../lib/room/counts';
import type { RoomSession } from '../../lib/tools/room-data';
import type { VoteOption } from '../../lib/room/vote-options';
import { goToSlide, setCount, setTrapCount } from '../../stores/room';
import CountField from './CountField';
import { clock, useCountdown } from './useCountdown';
import type { Slide } from './types';

/** Set when the setup form starts a session: its form leaves the page, so focus goes on to the first count. */
export const startFocus = { pending: false };

interface Props {
  session: RoomSession;
  slides: readonly Slide[];
  prompt: string;
  votes: readonly VoteOption[];
  trapVotes: readonly VoteOption[];
  trapPrompt: string;
  onFinish: () => void;
}

function Timer({ seconds, slideId }: { seconds: number; slideId: string }) {
  const countdown = useCountdown(seconds, slideId);
  return (
    <div class="room-timer" data-room-timer>
      <span class="room-clock" aria-hidden="true">
        {clock(countdown.remaining)}
      </span>
      <span class="visually-hidden" role="status">
        {countdown.remaining === 0 ? 'Time is up.' : ''}
      </span>
      {countdown.remaining === 0 && <span class="room-time-up">Time’s up</span>}
      <button
        type="button"
        class="button"
        onClick={countdown.remaining === 0 ? countdown.restart : countdown.running ? countdown.pause : countdown.resume}
      >
        {countdown.remaining === 0 ? 'Restart timer' : countdown.running ? 'Pause timer' : 'Resume timer'}
      </button>
    </div>
  );
}

export default function RoomSlide({ session, slides, prompt, votes, trapVotes, trapPrompt, onFinish }: Props) {
  const { kind, position } = session;
  const slide = slides[position]!;
  const options = slide.trap ? trapVotes : votes;
  const counts = (slide.trap ? session.trap[slide.id] : session.counts[slide.id]) ?? noCounts(options.length);
  const check = checkCounts(counts, session.teamSize);
  const last = position === slides.length - 1;
  const countsRef = useRef<HTMLDivElement>(null);
  const slideRef = useRef<HTMLElement>(null);
  const moved = useRef(false);

  const go = (to: number) => {
    moved.current = countsRef.current?.contains(document.activeElement) ?? false;
    if (to >= slides.length) onFinish();
    else goToSlide(kind, Math.max(0, to));
  };
  useLayoutEffect(() => {
    // The statement comes into view from its top (on a phone the first count is under it), ready for digits.
    if (startFocus.pending) {
      countsRef.current?.querySelector('input')?.focus({ preventScroll: true });
      slideRef.current?.scrollIntoView({ block: 'start' });
    }
    startFocus.pending = false;
  }, []);
  useLayoutEffect(() => {
    // Keyboard flow: after Enter, the first count of the next statement is ready for digits.
    if (moved.current) countsRef.current?.querySelector('input')?.focus();
    moved.current = false;
  }, [position]);
  useEffect(() => {
    // A presentation clicker sends Page Down and Page Up.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
      event.preventDefault();
      go(position + (event.key === 'PageDown' ? 1 : -1));
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  const statementCount = slides.filter((s) => !s.trap).length;
  const where = slide.trap
    ? `Coordination Trap check ${position - statementCount + 1} of ${slides.length - statementCount}`
    : `${kind === 'checklist' ? 'Item' : 'Statement'} ${position + 1} of ${statementCount}`;
  return (
    <section ref={slideRef} class="room-slide" aria-labelledby="room-statement" data-position={position}>
      <div class="room-bar">
        <p class="room-where" data-room-where>
          {where}
        </p>
        {session.timer !== null && <Timer seconds={session.timer} slideId={slide.id} />}
      </div>
      <p class="room-prompt">{slide.trap ? trapPrompt : prompt}</p>
      <h2 id="room-statement" class="room-statement" aria-live="polite">
        {slide.text}
      </h2>
      <div
        ref={countsRef}
        class="room-counts"
        data-counts
        role="group"
        aria-label={`How many people chose each answer (team of ${session.teamSize})`}
      >
        {options.map((option, index) => (
          <CountField
            key={`${slide.id}-${index}`}
            id={`room-count-${index}`}
            option={option}
            count={counts[index] ?? 0}
            onCount={(count) => (slide.trap ? setTrapCount : setCount)(kind, slide.id, index, count)}
            onEnter={(back) => go(position + (back ? -1 : 1))}
          />
        ))}
      </div>
      <p class={`room-check room-check-${check.kind}`} data-count-check={check.kind} role="status">
        {countCheckText(counts, session.teamSize)}
      </p>
      <p class="tool-actions room-nav">
        <button type="button" class="button" onClick={() => go(position - 1)} disabled={position === 0}>
          Back
        </button>
        <button type="button" class="button primary" onClick={() => go(position + 1)}>
          {last ? 'See the result' : 'Next'}
        </button>
      </p>
    </section>
  );
}
