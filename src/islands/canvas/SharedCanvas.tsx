/** A canvas someone shared by link: shown read-only (its component loads only then), with "save a copy". */
import type { Canvas } from '../../lib/canvas/model';
import type { DecodedCanvasShare } from '../../lib/canvas/share';
import { useLazyComponent } from '../lazy';
import type { CanvasConstraintInfo, CanvasGuardrailInfo } from './types';

interface Props {
  shared: DecodedCanvasShare;
  constraints: CanvasConstraintInfo[];
  guardrails: CanvasGuardrailInfo[];
  /** Keeps a copy in this browser. */
  onSave: (canvas: Canvas) => void;
}

export default function SharedCanvas({ shared, constraints, guardrails, onSave }: Props) {
  const ReadOnly = useLazyComponent(() => import('./CanvasReadOnly'), shared.ok);
  return (
    <div class="canvas-tool">
      {shared.ok ? (
        ReadOnly && (
          <ReadOnly
            canvas={shared.canvas}
            constraints={constraints}
            guardrails={guardrails}
            onSave={() => onSave(shared.canvas)}
          />
        )
      ) : (
        <p class="notice error" role="alert" data-canvas-share-error>
          {shared.error}
        </p>
      )}
    </div>
  );
}
