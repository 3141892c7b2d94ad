/** The optional countdown per statement, loaded only for sessions that set a timer. */
import { clock, useCountdown } from './useCountdown';

export default function RoomTimer({ seconds, slideId }: { seconds: number; slideId: string }) {
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
