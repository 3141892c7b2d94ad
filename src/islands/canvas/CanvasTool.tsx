/** The Impact Chain Canvas: many named canvases, each an aim → mechanism → feedback chain, saved in this browser. */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { createCanvas, type Canvas } from '../../lib/canvas/model';
import { parsePrefill } from '../../lib/canvas/prefill';
import type { DecodedCanvasShare } from '../../lib/canvas/share';
import { MAX_CANVASES, canvasCodec, type CanvasData } from '../../lib/tools/canvas-data';
import {
  $canvases,
  addCanvas,
  createNewCanvas,
  deleteCanvas,
  duplicateCanvas,
  newCanvasId,
  openCanvas,
} from '../../stores/canvas';
import { useLazyComponent } from '../lazy';
import SavedDataNotice from '../SavedDataNotice';
import CanvasEditor from './CanvasEditor';
import CanvasExports from './CanvasExports';
import type { CanvasConstraintInfo, CanvasGuardrailInfo } from './types';

interface Props {
  constraints: CanvasConstraintInfo[];
  guardrails: CanvasGuardrailInfo[];
  yourDataHref: string;
}

const EMPTY: CanvasData = canvasCodec.empty();
const labels = { [canvasCodec.id]: canvasCodec.label };

/** A fresh copy of a canvas from elsewhere (a file, a link), under a new id. */
const adopt = (canvas: Canvas): Canvas => ({ ...canvas, id: newCanvasId() });

export default function CanvasTool({ constraints, guardrails, yourDataHref }: Props) {
  const data = useStore($canvases, { ssr: () => EMPTY });
  const [undo, setUndo] = useState<{ name: string; run: () => void } | undefined>();
  const [message, setMessage] = useState('');
  const [shared, setShared] = useState<DecodedCanvasShare | undefined>();
  const [today, setToday] = useState('');
  // Which canvas this tab shows is its own: another tab opening a different canvas must not switch this one.
  const [openId, setOpenId] = useState<string | undefined>();
  const open =
    data.canvases.find((c) => c.id === openId) ?? data.canvases.find((c) => c.id === data.openId) ?? data.canvases[0];
  const show = (canvas: Canvas) => {
    if (addCanvas(canvas)) setOpenId(canvas.id);
  };
  const ReadOnly = useLazyComponent(() => import('./CanvasReadOnly'), shared?.ok === true);

  useEffect(() => {
    setToday(new Date().toISOString().slice(0, 10));
    // Share links and file import are rare: their parsers load only when needed.
    if (location.hash.includes('canvas=')) {
      void import('../../lib/canvas/share').then(({ decodeCanvasShare }) =>
        setShared(decodeCanvasShare(location.hash)),
      );
    }
    // "Plan a probe": a constraint (and maybe a guardrail) in the query starts a pre-filled canvas, once.
    const prefill = parsePrefill(
      location.search,
      guardrails.map((g) => g.id),
    );
    if (!prefill) return;
    history.replaceState(null, '', location.pathname + location.hash);
    const constraint = constraints.find((c) => c.id === prefill.constraint)!;
    const suggested = prefill.guardrail ?? guardrails.find((g) => g.constraints.includes(prefill.constraint))?.id;
    const now = new Date();
    const canvas = createCanvas(newCanvasId(now), now, `Probe: ${constraint.name}`);
    show({
      ...canvas,
      constraint: prefill.constraint,
      mechanism: { ...canvas.mechanism, because: constraint.smallestDisequilibrium },
      guardrails: suggested ? [suggested] : [],
    });
    setMessage(`Started a canvas for ${constraint.name}, with its smallest useful disequilibrium as the mechanism.`);
  }, []);

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { canvasFromJson } = await import('../../lib/canvas/export');
    const result = canvasFromJson(await file.text());
    if (!result.ok) setMessage(`${result.error} Nothing was changed.`);
    else if ($canvases.get().canvases.length >= MAX_CANVASES) {
      setMessage('You have the most canvases this page keeps; delete one first. Nothing was changed.');
    } else {
      show(adopt(result.canvas));
      setMessage(`Imported “${result.canvas.name}”.`);
    }
  };

  if (shared) {
    return (
      <div class="canvas-tool">
        {shared.ok ? (
          ReadOnly && (
            <ReadOnly
              canvas={shared.canvas}
              constraints={constraints}
              guardrails={guardrails}
              onSave={() => {
                show(adopt(shared.canvas));
                history.replaceState(null, '', location.pathname);
                setShared(undefined);
                setMessage(`Saved a copy of “${shared.canvas.name}”.`);
              }}
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

  return (
    <div class="canvas-tool">
      <SavedDataNotice toolId={canvasCodec.id} labels={labels} yourDataHref={yourDataHref} />
      <div class="canvas-toolbar no-print">
        {data.canvases.length > 0 && (
          <div class="field">
            <label for="canvas-list">Your canvases ({data.canvases.length})</label>
            <select
              id="canvas-list"
              value={open?.id ?? ''}
              onChange={(e) => {
                const id = (e.currentTarget as HTMLSelectElement).value;
                setOpenId(id);
                openCanvas(id);
              }}
            >
              {data.canvases.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
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
        <div aria-live="polite">
          {undo && (
            <p class="notice" data-undo>
              Deleted “{undo.name}”.{' '}
              <button
                type="button"
                class="button"
                onClick={() => {
                  undo.run();
                  setUndo(undefined);
                }}
              >
                Undo
              </button>
            </p>
          )}
          {message && (
            <p class="notice" data-canvas-message>
              {message}
            </p>
          )}
        </div>
      </div>
      {open ? (
        <>
          <CanvasEditor key={open.id} canvas={open} constraints={constraints} guardrails={guardrails} today={today} />
          <CanvasExports canvas={open} constraints={constraints} guardrails={guardrails} />
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
