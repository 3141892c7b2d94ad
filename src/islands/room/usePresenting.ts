import { useEffect, useState, type MutableRef } from 'preact/hooks';

/** Marks the page while the room is presented without the Fullscreen API (see room.css). */
const FALLBACK_CLASS = 'room-presenting';

/**
 * Full screen for the room's stage: the Fullscreen API where the browser allows it; otherwise the stage covers the
 * window (site header and footer hidden), and Escape leaves it, as it leaves real full screen.
 */
export function usePresenting(stage: MutableRef<HTMLElement | null>): { presenting: boolean; toggle: () => void } {
  const [fallback, setFallback] = useState(false);
  const [native, setNative] = useState(false);
  useEffect(() => {
    const sync = () => setNative(document.fullscreenElement !== null && document.fullscreenElement === stage.current);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  useEffect(() => {
    document.documentElement.classList.toggle(FALLBACK_CLASS, fallback);
    if (!fallback) return;
    const leave = (event: KeyboardEvent) => event.key === 'Escape' && setFallback(false);
    addEventListener('keydown', leave);
    return () => removeEventListener('keydown', leave);
  }, [fallback]);
  const toggle = () => {
    if (native) void document.exitFullscreen();
    else if (fallback) setFallback(false);
    else if (document.fullscreenEnabled && stage.current?.requestFullscreen) {
      stage.current.requestFullscreen().catch(() => setFallback(true));
    } else setFallback(true);
  };
  return { presenting: native || fallback, toggle };
}
