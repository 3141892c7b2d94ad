/** Which of this browser's canvases is open: a labelled list, shown once there is at least one. */
import type { Canvas } from '../../lib/canvas/model';

interface Props {
  canvases: readonly Canvas[];
  openId: string | undefined;
  onOpen: (id: string) => void;
}

export default function CanvasPicker({ canvases, openId, onOpen }: Props) {
  if (canvases.length === 0) return null;
  return (
    <div class="field">
      <label for="canvas-list">Your canvases ({canvases.length})</label>
      <select
        id="canvas-list"
        value={openId ?? ''}
        onChange={(e) => onOpen((e.currentTarget as HTMLSelectElement).value)}
      >
        {canvases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
