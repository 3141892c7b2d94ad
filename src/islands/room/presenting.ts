/**
 * Full screen for the room's stage, loaded at the first press of "Present full screen": the Fullscreen API where the
 * browser allows it; otherwise the stage covers the window (see room.css) and Escape leaves it, as it leaves real
 * full screen.
 */
const FALLBACK_CLASS = 'room-presenting';

let fallback = false;
let report: (presenting: boolean) => void = () => undefined;
const presentingNow = () => fallback || document.fullscreenElement !== null;

function setFallback(on: boolean): void {
  fallback = on;
  document.documentElement.classList.toggle(FALLBACK_CLASS, on);
  report(presentingNow());
}

document.addEventListener('fullscreenchange', () => report(presentingNow()));
addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && fallback) setFallback(false);
});

/** Enters or leaves full screen; `onChange` hears every change, including Escape and the browser's own exit. */
export function togglePresenting(stage: HTMLElement | null, onChange: (presenting: boolean) => void): void {
  report = onChange;
  if (document.fullscreenElement) void document.exitFullscreen();
  else if (fallback) setFallback(false);
  else if (stage && document.fullscreenEnabled) stage.requestFullscreen().catch(() => setFallback(true));
  else setFallback(true);
}
