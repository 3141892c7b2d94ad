/** Before the first vote: how many people are in the room, and whether each statement gets a timer. */
import { useState } from 'preact/hooks';
import { MAX_TEAM_SIZE, countFromText } from '../../lib/room/counts';
import { TIMER_CHOICES, type RoomKind } from '../../lib/tools/room-data';
import { startSession } from '../../stores/room';
import { countKey } from './CountField';
import { startFocus } from './RoomSlide';

interface Props {
  kind: RoomKind;
  version: number;
}

/** "30 seconds", "1 minute", "90 seconds", "2 minutes". */
const timerLabel = (seconds: number) =>
  seconds % 60 !== 0 ? `${seconds} seconds` : `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;

export default function RoomSetup({ kind, version }: Props) {
  const [size, setSize] = useState(6);
  const [timer, setTimer] = useState<number | null>(null);
  const valid = size >= 2 && size <= MAX_TEAM_SIZE;
  return (
    <form
      class="room-setup"
      aria-labelledby="room-setup-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        startFocus.pending = true;
        startSession(kind, version, size, timer);
      }}
    >
      <h2 id="room-setup-title">Start a session</h2>
      <p class="room-field">
        <label for="room-team-size">People voting</label>
        <input
          id="room-team-size"
          name="team-size"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={2}
          value={String(size)}
          aria-describedby="room-team-size-hint"
          onKeyDown={(event) => countKey(event, setSize)}
          onInput={(event) => setSize(countFromText((event.currentTarget as HTMLInputElement).value))}
        />
        <span id="room-team-size-hint" class="hint">
          {valid ? `2 to ${MAX_TEAM_SIZE} people.` : `Enter a team of 2 to ${MAX_TEAM_SIZE} people.`}
        </span>
      </p>
      <p class="room-field">
        <label for="room-timer">Timer per statement</label>
        <select
          id="room-timer"
          value={timer === null ? '' : String(timer)}
          onChange={(event) => {
            const value = (event.currentTarget as HTMLSelectElement).value;
            setTimer(value === '' ? null : Number(value));
          }}
        >
          <option value="">No timer</option>
          {TIMER_CHOICES.map((seconds) => (
            <option key={seconds} value={String(seconds)}>
              {timerLabel(seconds)}
            </option>
          ))}
        </select>
      </p>
      <p class="tool-actions">
        <button type="submit" class="button" disabled={!valid}>
          Start the session
        </button>
      </p>
    </form>
  );
}
