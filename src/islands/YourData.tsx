/** What this site keeps in this browser: per tool, with export, import, and deletion. */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { ImportedTool } from '../lib/storage/transfer';
import { useEffect } from 'preact/hooks';
import { $storageHealth, deleteAllSiteData, deleteToolData, storedSize } from '../stores/saved-data';
import type { SavedTool } from '../stores/tools';
import { downloadText } from './download';
import SavedDataNotice from './SavedDataNotice';

/** What the page says about each tool before its stored data is read. */
interface ToolInfo {
  id: string;
  label: string;
  href: string;
}

interface Props {
  yourDataHref: string;
  tools: ToolInfo[];
}

type Registry = typeof import('../stores/tools');
/** The stores load after first paint; an action that comes first waits for them instead of doing nothing. */
const loadRegistry = (): Promise<Registry> => import('../stores/tools');

type Pending =
  | { kind: 'import'; tools: ImportedTool[]; exportedAt: string; changes: string[] }
  | { kind: 'delete'; toolId: string }
  | { kind: 'delete-all' };

function ToolRow({ tool, href, onDelete }: { tool: SavedTool; href: string | undefined; onDelete: () => void }) {
  const { codec, store } = tool;
  const value = useStore(store, { ssr: () => codec.empty() });
  const count = codec.count(value);
  const last = codec.lastChanged(value);
  return (
    <tr data-tool={codec.id}>
      <th scope="row">{href ? <a href={href}>{codec.label}</a> : codec.label}</th>
      <td data-count>{count}</td>
      <td>{count === 0 ? '—' : `${(storedSize(codec.id) / 1024).toFixed(1)} KiB`}</td>
      <td>{last ? new Date(last).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</td>
      <td>
        <button type="button" class="button" onClick={onDelete} disabled={count === 0}>
          Delete<span class="visually-hidden"> {codec.label} data</span>
        </button>
      </td>
    </tr>
  );
}

export default function YourData({ yourDataHref, tools }: Props) {
  useStore($storageHealth, { ssr: () => 'ok' as const });
  const labels = Object.fromEntries(tools.map((tool) => [tool.id, tool.label]));
  // Every tool's stores and validators load after first paint: the rows are already drawn, only their numbers fill in.
  const [registry, setRegistry] = useState<Registry | undefined>();
  useEffect(() => {
    void loadRegistry().then(setRegistry);
  }, []);
  const [pending, setPending] = useState<Pending | undefined>();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  // Export and import code loads only when used.
  const exportAll = async () => {
    const { buildExport } = await import('../lib/storage/transfer');
    const { TOOLS } = await loadRegistry();
    const entries = TOOLS.map(({ codec, store }) => ({ codec, value: store.get() }));
    const file = buildExport(entries, new Date());
    downloadText(`field-guide-data-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
    setMessage('Exported all saved data to a JSON file.');
  };

  const chooseFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    setMessage('');
    setError('');
    setPending(undefined);
    if (!file) return;
    const { storeOf, TOOL_CODECS } = await loadRegistry();
    const { describeReplacement, parseImport } = await import('../lib/storage/transfer');
    const result = parseImport(await file.text(), TOOL_CODECS);
    if (!result.ok) setError(result.error);
    else {
      const changes = result.tools.map((tool) =>
        describeReplacement(tool.codec.label, tool.codec.count(storeOf(tool.codec).get()), tool.count),
      );
      setPending({ kind: 'import', tools: result.tools, exportedAt: result.exportedAt, changes });
    }
  };

  const confirm = async () => {
    if (!pending) return;
    if (pending.kind === 'import') {
      const { storeOf } = await loadRegistry();
      for (const tool of pending.tools) storeOf(tool.codec).set(tool.value);
      setMessage('Imported. The tools now show the imported data.');
    } else if (pending.kind === 'delete') {
      deleteToolData(pending.toolId);
      setMessage(`Deleted the ${labels[pending.toolId]} data.`);
    } else {
      deleteAllSiteData();
      setMessage('Deleted everything this site stored in this browser.');
    }
    setPending(undefined);
  };

  return (
    <div class="your-data">
      <SavedDataNotice labels={labels} yourDataHref={yourDataHref} />
      <div class="table-scroll">
        <table>
          <caption>Saved in this browser</caption>
          <thead>
            <tr>
              <th scope="col">Tool</th>
              <th scope="col">Items</th>
              <th scope="col">Size</th>
              <th scope="col">Last changed</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {registry
              ? registry.TOOLS.map((tool) => (
                  <ToolRow
                    key={tool.codec.id}
                    tool={tool}
                    href={tools.find((info) => info.id === tool.codec.id)?.href}
                    onDelete={() => setPending({ kind: 'delete', toolId: tool.codec.id })}
                  />
                ))
              : tools.map((tool) => (
                  <tr key={tool.id} data-tool={tool.id}>
                    <th scope="row">
                      <a href={tool.href}>{tool.label}</a>
                    </th>
                    <td>…</td>
                    <td>…</td>
                    <td>…</td>
                    <td />
                  </tr>
                ))}
          </tbody>
        </table>
      </div>

      <h2>Export and import</h2>
      <p>
        An export is one JSON file with everything above. Import replaces the data of the tools the file contains, after
        showing you what will change.
      </p>
      <p class="tool-actions">
        <button type="button" class="button" onClick={() => void exportAll()} disabled={!registry}>
          Export all data
        </button>{' '}
      </p>
      <p class="tool-actions">
        <label for="import-file">Import from a file</label>{' '}
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={chooseFile}
          data-import-file
          disabled={!registry}
        />
      </p>

      <h2>Delete</h2>
      <p>Deleting removes this site’s data from this browser only; nothing is stored anywhere else.</p>
      <p class="tool-actions">
        <button type="button" class="button danger" onClick={() => setPending({ kind: 'delete-all' })}>
          Delete everything
        </button>
      </p>

      <div aria-live="polite">
        {error && (
          <p class="notice error" role="alert" data-import-error>
            {error} Nothing was changed.
          </p>
        )}
        {message && (
          <p class="notice" data-message>
            {message}
          </p>
        )}
        {pending && (
          <div class="notice confirm" data-confirm={pending.kind}>
            {pending.kind === 'import' && (
              <>
                <p>
                  This file was exported on {new Date(pending.exportedAt).toLocaleString('en-GB')}. Importing it will:
                </p>
                <ul>
                  {pending.changes.map((change) => (
                    <li key={change}>{change}</li>
                  ))}
                </ul>
              </>
            )}
            {pending.kind === 'delete' && <p>Delete all saved {labels[pending.toolId]} data from this browser?</p>}
            {pending.kind === 'delete-all' && (
              <p>
                Delete everything this site stored in this browser, including your theme choice? This cannot be undone.
              </p>
            )}
            <p>
              <button type="button" class="button" onClick={confirm}>
                {pending.kind === 'import' ? 'Import and replace' : 'Yes, delete'}
              </button>{' '}
              <button type="button" class="button" onClick={() => setPending(undefined)}>
                Cancel
              </button>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
