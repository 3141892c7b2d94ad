/**
 * Time spent in parts of the page rendering that are worth telling apart in the build's stage log (the link-preview
 * cards), summed across the build. The rendering runs in the build's own process, so a global carries the sums to
 * the stage log (src/integrations/build-stages.mjs), which reads the same key.
 */
export const STAGE_TIMES_KEY = 'field-guide:stage-times';

type StageTimes = Map<string, number>;

export function addStageTime(part: string, ms: number): void {
  const store = globalThis as unknown as Record<symbol, StageTimes | undefined>;
  const times = (store[Symbol.for(STAGE_TIMES_KEY)] ??= new Map());
  times.set(part, (times.get(part) ?? 0) + ms);
}
