/** One tool's row in "Saved in this browser": what it holds, how big, when it last changed, and its delete button. */
import { useStore } from '@nanostores/preact';
import { storedSize } from '../../stores/saved-data';
import type { SavedTool } from '../../stores/tools';

export default function ToolRow({
  tool,
  href,
  onDelete,
}: {
  tool: SavedTool;
  href: string | undefined;
  onDelete: () => void;
}) {
  const { codec, store, lastChanged } = tool;
  const value = useStore(store, { ssr: () => codec.empty() });
  const count = codec.count(value);
  const last = lastChanged(value);
  return (
    <tr data-tool={codec.id}>
      <th scope="row">{href ? <a href={href}>{codec.label}</a> : codec.label}</th>
      <td data-count>{count}</td>
      <td>{count === 0 ? '—' : `${(storedSize(codec.id) / 1024).toFixed(1)} KiB`}</td>
      <td>{last ? new Date(last).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</td>
      <td>
        <button type="button" class="button" onClick={onDelete} disabled={count === 0}>
          Delete<span class="visually-hidden"> {codec.label} data</span>
        </button>
      </td>
    </tr>
  );
}
