/** What this site keeps in this browser: per tool, with export, import, and deletion. */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $storageHealth } from '../stores/saved-data';
import { $yourData, askToDelete, askToDeleteAll, loadRegistry } from '../stores/your-data';
import ToolRow from './your-data/ToolRow';
import SavedDataNotice from './SavedDataNotice';
import { useLazyComponent } from './lazy';
import ScrollBox from './ScrollBox';

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

type Registry = Awaited<ReturnType<typeof loadRegistry>>;

/** What the buttons do loads when one is first used. */
const actions = () => import('../stores/your-data-actions');

export default function YourData({ yourDataHref, tools }: Props) {
  useStore($storageHealth, { ssr: () => 'ok' as const });
  const labels = Object.fromEntries(tools.map((tool) => [tool.id, tool.label]));
  // Every tool's stores and validators load after first paint: the rows are already drawn, only their numbers fill in.
  const [registry, setRegistry] = useState<Registry | undefined>();
  useEffect(() => {
    void loadRegistry().then(setRegistry);
  }, []);
  const { pending, message, error } = useStore($yourData);
  // A confirmation appears only after an action: its code loads then.
  const ConfirmChange = useLazyComponent(() => import('./your-data/ConfirmChange'), pending !== undefined);

  const chooseFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    void actions().then(({ chooseImportFile }) => chooseImportFile(file));
  };

  return (
    <div class="your-data">
      <SavedDataNotice labels={labels} yourDataHref={yourDataHref} />
      <ScrollBox label="Saved in this browser">
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
                    onDelete={() => askToDelete(tool.codec.id, tool.codec.label)}
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
      </ScrollBox>

      <h2>Export and import</h2>
      <p>
        An export is one JSON file with everything above. Import replaces the data of the tools the file contains, after
        showing you what will change.
      </p>
      <p class="tool-actions">
        <button
          type="button"
          class="button"
          onClick={async () => {
            const [{ exportAll }, { downloadText }] = await Promise.all([actions(), import('./download')]);
            await exportAll(downloadText);
          }}
          disabled={!registry}
        >
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
        <button type="button" class="button danger" onClick={askToDeleteAll}>
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
        {pending && ConfirmChange && <ConfirmChange pending={pending} />}
      </div>
    </div>
  );
}
