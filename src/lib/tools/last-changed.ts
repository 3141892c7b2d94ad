/**
 * When the reader last changed each tool's data, as an ISO timestamp, by tool id: what the "your data" page shows
 * beside each tool. Here, not beside each codec, so that it loads with that page's registry of tools (stores/tools)
 * and not at a tool page's start-up.
 */
import type { CanvasData } from './canvas-data';
import type { DiagnosticData } from './diagnostic-data';
import type { ChecklistData } from './health-checklist-data';
import type { RoomData } from './room-data';

/** The latest of some ISO timestamps (they sort as text), if there is one. */
const latest = (times: readonly (string | null)[]) =>
  times
    .filter((at): at is string => at !== null)
    .sort()
    .at(-1);

const LAST_CHANGED: Record<string, (value: never) => string | undefined> = {
  diagnostic: (value: DiagnosticData) => latest([value.draft.updatedAt, ...value.runs.map((run) => run.finishedAt)]),
  room: (value: RoomData) =>
    latest([...value.sessions, ...Object.values(value.current)].map((session) => session.updatedAt)),
  'health-checklist': (value: ChecklistData) => latest(Object.values(value.answers).map((entry) => entry.changedAt)),
  'impact-chain-canvas': (value: CanvasData) => latest(value.canvases.map((canvas) => canvas.updatedAt)),
};

/** When the reader last changed `value`, the data of the tool `toolId`, if the data records it. */
export const lastChanged = (toolId: string, value: unknown): string | undefined =>
  LAST_CHANGED[toolId]?.(value as never);
