/**
 * Wall time spent in parts of the page rendering that are worth telling apart in the build's stage log (the
 * link-preview cards), across the build: the time when at least one of them was under way, so parts that run side
 * by side (build.concurrency) are not counted twice. The rendering runs in the build's own process, so a global
 * carries the sums to the stage log (src/integrations/build-stages.mjs), which reads the same key.
 */
export const STAGE_TIMES_KEY = 'field-guide:stage-times';

type StageTimes = Map<string, number>;

function stageTimes(): StageTimes {
  const store = globalThis as unknown as Record<symbol, StageTimes | undefined>;
  return (store[Symbol.for(STAGE_TIMES_KEY)] ??= new Map());
}

/** Where each part's counted time ends so far (performance.now() ms). */
const countedUntil = new Map<string, number>();

/** Counts a part that ran from `started` until now (ms, performance.now()), less what an overlapping one counted. */
export function addStageTime(part: string, started: number, now = performance.now()): void {
  const times = stageTimes();
  const from = Math.max(started, countedUntil.get(part) ?? started);
  times.set(part, (times.get(part) ?? 0) + Math.max(0, now - from));
  countedUntil.set(part, Math.max(now, countedUntil.get(part) ?? now));
}

/** Counts time spent off the main thread, e.g. by a worker, beside whatever the main thread did meanwhile. */
export function addStageDuration(part: string, ms: number): void {
  const times = stageTimes();
  times.set(part, (times.get(part) ?? 0) + ms);
}
