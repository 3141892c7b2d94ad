/**
 * Every tool's saved store, in one place, for the "your data" page: it lists, exports and imports these.
 * It needs only each tool's codec and store, not the tools' actions, so it asks `savedStore` directly (which hands
 * back the same store a tool's own module makes): the page never loads scoring or the canvas model.
 */
import type { WritableAtom } from 'nanostores';
import type { DataCodec } from '../lib/storage/envelope';
import { canvasCodec } from '../lib/tools/canvas-data';
import { diagnosticCodec } from '../lib/tools/diagnostic-data';
import { checklistCodec } from '../lib/tools/health-checklist-data';
import { lastChanged } from '../lib/tools/last-changed';
import { roomCodec } from '../lib/tools/room-data';
import { savedStore } from './saved-data';

/** A tool's codec with its store, and when its data last changed. */
export interface SavedTool {
  codec: DataCodec<unknown>;
  store: WritableAtom<unknown>;
  lastChanged: (value: unknown) => string | undefined;
}

/** Every tool, in the order the "your data" page lists them. */
export const TOOLS: readonly SavedTool[] = [diagnosticCodec, canvasCodec, checklistCodec, roomCodec].map((codec) => ({
  codec: codec as DataCodec<unknown>,
  store: savedStore(codec as DataCodec<unknown>),
  lastChanged: (value: unknown) => lastChanged(codec.id, value),
}));

/** Every tool's codec. */
export const TOOL_CODECS: readonly DataCodec<unknown>[] = TOOLS.map((tool) => tool.codec);

/** The store of a tool known to exist (an import only names tools from TOOL_CODECS). */
export function storeOf(codec: DataCodec<unknown>): WritableAtom<unknown> {
  const tool = TOOLS.find((candidate) => candidate.codec.id === codec.id);
  if (!tool) throw new Error(`No store for tool "${codec.id}"`);
  return tool.store;
}
