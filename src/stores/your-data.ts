/**
 * The "Your data" page's actions: reading a chosen file, what waits for confirmation, and what the page last said.
 * The island only renders `$yourData` and calls these. Export, import and the tools' validators load when first used.
 */
import { atom } from 'nanostores';
import type { ChosenFile } from '../lib/storage/file-import';
import type { ImportedTool } from '../lib/storage/transfer';
import { deleteAllSiteData, deleteToolData } from './saved-data';

/** A change that waits for the person to confirm it. */
export type PendingChange =
  | { kind: 'import'; tools: ImportedTool[]; exportedAt: string; changes: string[] }
  | { kind: 'delete'; toolId: string; label: string }
  | { kind: 'delete-all' };

export interface YourDataState {
  pending?: PendingChange;
  /** What the last action did. */
  message: string;
  /** Why the last import was refused; nothing was changed. */
  error: string;
}

export const $yourData = atom<YourDataState>({ message: '', error: '' });

/** Every tool's store and codec; they load after first paint, and an action that comes first waits for them. */
export const loadRegistry = () => import('./tools');

const say = (message: string) => $yourData.set({ message, error: '' });

/** Builds the export file of every tool's data and hands it to `download` (a browser download, in the page). */
export async function exportAll(download: (fileName: string, text: string) => void): Promise<void> {
  const [{ buildExport }, { TOOLS }] = await Promise.all([import('../lib/storage/transfer'), loadRegistry()]);
  const file = buildExport(
    TOOLS.map(({ codec, store }) => ({ codec, value: store.get() })),
    new Date(),
  );
  download(`field-guide-data-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
  say('Exported all saved data to a JSON file.');
}

/** Reads a chosen export file and, if it is valid, asks to confirm what it would replace. Writes nothing. */
export async function chooseImportFile(file: ChosenFile | undefined): Promise<void> {
  $yourData.set({ message: '', error: '' });
  if (!file) return;
  const [transfer, { readChosenFile }, { storeOf, TOOL_CODECS }] = await Promise.all([
    import('../lib/storage/transfer'),
    import('../lib/storage/file-import'),
    loadRegistry(),
  ]);
  const read = await readChosenFile(file, transfer.MAX_IMPORT_BYTES);
  const result = read.ok
    ? transfer.parseImport(read.text, TOOL_CODECS)
    : { ok: false as const, error: transfer.importRefusal(read) };
  if (!result.ok) {
    $yourData.set({ message: '', error: result.error });
    return;
  }
  const changes = result.tools.map((tool) =>
    transfer.describeReplacement(tool.codec.label, tool.codec.count(storeOf(tool.codec).get()), tool.count),
  );
  $yourData.set({
    message: '',
    error: '',
    pending: { kind: 'import', tools: result.tools, exportedAt: result.exportedAt, changes },
  });
}

/** Asks to confirm deleting one tool's data. */
export function askToDelete(toolId: string, label: string): void {
  $yourData.set({ message: '', error: '', pending: { kind: 'delete', toolId, label } });
}

/** Asks to confirm deleting everything this site stored. */
export function askToDeleteAll(): void {
  $yourData.set({ message: '', error: '', pending: { kind: 'delete-all' } });
}

/** Forgets the change that was waiting; nothing is written. */
export function cancelPending(): void {
  const { message, error } = $yourData.get();
  $yourData.set({ message, error });
}

/** Carries out the change that was waiting for confirmation. */
export async function confirmPending(): Promise<void> {
  const { pending } = $yourData.get();
  if (!pending) return;
  if (pending.kind === 'import') {
    const { storeOf } = await loadRegistry();
    for (const tool of pending.tools) storeOf(tool.codec).set(tool.value);
    say('Imported. The tools now show the imported data.');
  } else if (pending.kind === 'delete') {
    deleteToolData(pending.toolId);
    say(`Deleted the ${pending.label} data.`);
  } else {
    deleteAllSiteData();
    say('Deleted everything this site stored in this browser.');
  }
}
