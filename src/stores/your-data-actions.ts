/**
 * What the "Your data" page does when asked: export, read an import file, and carry out a confirmed change. Loaded
 * on the first such request, with the transfer format and, through the registry, every tool's validators.
 */
import type { ChosenFile } from '../lib/storage/file-import';
import { deleteAllSiteData, deleteToolData } from './saved-data';
import { $yourData, loadRegistry } from './your-data';

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

/** Carries out the change that was waiting for confirmation. */
export async function confirmPending(): Promise<void> {
  const { pending } = $yourData.get();
  if (!pending) return;
  if (pending.kind === 'import') {
    // Replaced whole, and marked so for a tool of dated entries, so its other open tabs take it whole too.
    const [{ storeOf }, { replace }] = await Promise.all([loadRegistry(), import('./entry-merge')]);
    for (const { codec, value } of pending.tools) replace(codec, storeOf(codec), value);
    say('Imported. The tools now show the imported data.');
  } else if (pending.kind === 'delete') {
    deleteToolData(pending.toolId);
    say(`Deleted the ${pending.label} data.`);
  } else {
    deleteAllSiteData();
    say('Deleted everything this site stored in this browser.');
  }
}
