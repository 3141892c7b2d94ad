/**
 * Every tool's saved store, in one place, for the "your data" page: it lists, exports and imports these.
 * Tool pages import only their own store, so a page never loads another tool's code.
 */
import type { WritableAtom } from 'nanostores';
import type { DataCodec } from '../lib/storage/envelope';
import { canvasCodec } from '../lib/tools/canvas-data';
import { diagnosticCodec } from '../lib/tools/diagnostic-data';
import { checklistCodec } from '../lib/tools/health-checklist-data';
import { $canvases } from './canvas';
import { $checklist } from './checklist';
import { $diagnostic } from './diagnostic';

/** A tool's codec with its store. */
export interface SavedTool {
  codec: DataCodec<unknown>;
  store: WritableAtom<unknown>;
}

/** Every tool, in the order the "your data" page lists them. */
export const TOOLS: readonly SavedTool[] = [
  { codec: diagnosticCodec as DataCodec<unknown>, store: $diagnostic as WritableAtom<unknown> },
  { codec: canvasCodec as DataCodec<unknown>, store: $canvases as WritableAtom<unknown> },
  { codec: checklistCodec as DataCodec<unknown>, store: $checklist as WritableAtom<unknown> },
];

/** Every tool's codec. */
export const TOOL_CODECS: readonly DataCodec<unknown>[] = TOOLS.map((tool) => tool.codec);

/** The store of a tool known to exist (an import only names tools from TOOL_CODECS). */
export function storeOf(codec: DataCodec<unknown>): WritableAtom<unknown> {
  const tool = TOOLS.find((candidate) => candidate.codec.id === codec.id);
  if (!tool) throw new Error(`No store for tool "${codec.id}"`);
  return tool.store;
}
