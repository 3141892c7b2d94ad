/** Every tool's saved store, in one place: the "your data" page lists, exports and imports these. */
import type { WritableAtom } from 'nanostores';
import type { DataCodec } from '../lib/storage/envelope';
import { diagnosticCodec } from '../lib/tools/diagnostic-data';
import { checklistCodec } from '../lib/tools/health-checklist-data';
import { savedStore } from './saved-data';

/** The Alignment Health Checklist's answers. */
export const $checklist = savedStore(checklistCodec);

/** The diagnostic's run in progress and finished runs. */
export const $diagnostic = savedStore(diagnosticCodec);

/** A tool's codec with its store. */
export interface SavedTool {
  codec: DataCodec<unknown>;
  store: WritableAtom<unknown>;
}

/** Every tool, in the order the "your data" page lists them. */
export const TOOLS: readonly SavedTool[] = [
  { codec: diagnosticCodec as DataCodec<unknown>, store: $diagnostic as WritableAtom<unknown> },
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
