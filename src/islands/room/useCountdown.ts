import { useEffect, useState } from 'preact/hooks';

export interface Countdown {
  /** Whole seconds left. */
  remaining: number;
  running: boolean;
  pause: () => void;
  resume: () => void;
  restart: () => void;
}

/**
 * A per-statement timer: starts at `seconds` whenever `key` changes (a new statement on the wall) and counts down to
 * zero against the clock, so a slow tab does not stretch it.
 */
export function useCountdown(seconds: number, key: string): Countdown {
  const [state, setState] = useState({ left: seconds * 1000, since: Date.now(), running: true });
  const [, tick] = useState(0);
  useEffect(() => setState({ left: seconds * 1000, since: Date.now(), running: true }), [key, seconds]);
  const leftNow = () => (state.running ? Math.max(0, state.left - (Date.now() - state.since)) : state.left);
  useEffect(() => {
    if (!state.running) return;
    const timer = setInterval(() => tick((n) => n + 1), 250);
    return () => clearInterval(timer);
  }, [state]);
  const remaining = Math.ceil(leftNow() / 1000);
  return {
    remaining,
    running: state.running && remaining > 0,
    pause: () => setState({ left: leftNow(), since: Date.now(), running: false }),
    resume: () => setState({ left: leftNow(), since: Date.now(), running: true }),
    restart: () => setState({ left: seconds * 1000, since: Date.now(), running: true }),
  };
}

/** "1:05" */
export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
