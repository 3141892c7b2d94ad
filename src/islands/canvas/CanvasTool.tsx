/** The Impact Chain Canvas: many named canvases, each an aim → mechanism → feedback chain, saved in this browser. */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { canvasCodec, type CanvasData } from '../../lib/tools/canvas-data';
import {
  $canvases,
  CANVAS_LIST_FULL,
  adoptCanvas,
  createNewCanvas,
  deleteCanvas,
  duplicateCanvas,
  openCanvas,
} from '../../stores/canvas';
import SavedDataNotice from '../SavedDataNotice';
import CanvasEditor from './CanvasEditor';
import Deferred from '../Deferred';
import CanvasPicker from './CanvasPicker';
import CanvasStatus from './CanvasStatus';
import { useArrival } from './useArrival';
import { useLazyComponent } from '../lazy';
import type { CanvasConstraintInfo, CanvasGuardrailInfo } from './types';

interface Props {
  constraints: CanvasConstraintInfo[];
  guardrails: CanvasGuardrailInfo[];
  yourDataHref: string;
}

const EMPTY: CanvasData = canvasCodec.empty();
const labels = { [canvasCodec.id]: canvasCodec.label };

export default function CanvasTool({ constraints, guardrails, yourDataHref }: Props) {
  const data = useStore($canvases, { ssr: () => EMPTY });
  const [undo, setUndo] = useState<{ name: string; run: () => void } | undefined>();
  const [message, setMessage] = useState('');
  const [today, setToday] = useState('');
  // Which canvas this tab shows is its own: another tab opening a different canvas must not switch this one.
  const [openId, setOpenId] = useState<string | undefined>();
  const open =
    data.canvases.find((c) => c.id === openId) ?? data.canvases.find((c) => c.id === data.openId) ?? data.canvases[0];

  useEffect(() => setToday(new Date().toISOString().slice(0, 10)), []);
  const [shared, setShared] = useArrival(constraints, guardrails, (canvas, startMessage) => {
    if (canvas) setOpenId(canvas.id);
    setMessage(startMessage);
  });
  const SharedCanvas = useLazyComponent(() => import('./SharedCanvas'), shared !== undefined);

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { canvas, message } = await (await import('../../stores/canvas-file')).importCanvasFile(file);
    if (canvas) setOpenId(canvas.id);
    setMessage(message);
  };

  if (shared) {
    return (
      SharedCanvas && (
        <SharedCanvas
          shared={shared}
          constraints={constraints}
          guardrails={guardrails}
          onSave={(canvas) => {
            const copy = adoptCanvas(canvas);
            if (!copy) {
              setMessage(CANVAS_LIST_FULL);
              return;
            }
            setOpenId(copy.id);
            history.replaceState(null, '', location.pathname);
            setShared(undefined);
            setMessage(`Saved a copy of “${copy.name}”.`);
          }}
        />
      )
    );
  }

  return (
    <div class="canvas-tool">
      <SavedDataNotice toolId={canvasCodec.id} labels={labels} yourDataHref={yourDataHref} />
      <div class="canvas-toolbar no-print">
        <CanvasPicker
          canvases={data.canvases}
          openId={open?.id}
          onOpen={(id) => {
            setOpenId(id);
            openCanvas(id);
          }}
        />
        <p class="tool-actions">
          <button type="button" class="button primary" onClick={() => setOpenId(createNewCanvas().id)}>
            New canvas
          </button>
          {open && (
            <>
              <button type="button" class="button" onClick={() => setOpenId(duplicateCanvas(open.id))}>
                Duplicate
              </button>
              <button
                type="button"
                class="button"
                onClick={() => {
                  setUndo({ name: open.name, run: deleteCanvas(open.id) });
                  setMessage('');
                }}
              >
                Delete
              </button>
            </>
          )}
        </p>
        <p class="tool-actions">
          <label for="canvas-import">Import a canvas file</label>
          <input id="canvas-import" type="file" accept="application/json,.json" onChange={importFile} />
        </p>
        <CanvasStatus
          undo={undo?.name}
          onUndo={() => {
            undo?.run();
            setUndo(undefined);
          }}
          message={message}
        />
      </div>
      {open ? (
        <>
          <CanvasEditor key={open.id} canvas={open} constraints={constraints} guardrails={guardrails} today={today} />
          <Deferred load={() => import('./CanvasExports')} props={{ canvas: open, constraints, guardrails }} />
          <p class="print-only">
            Impact Chain Canvas · {typeof location === 'undefined' ? '' : location.href.split(/[#?]/)[0]} · printed{' '}
            {today}
          </p>
        </>
      ) : (
        <p class="empty-state">
          No canvas yet. Start one for the initiative you are about to fund, or from a constraint page’s probe.
        </p>
      )}
    </div>
  );
}
