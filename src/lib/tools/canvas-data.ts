/**
 * The Impact Chain Canvas's saved data: every canvas and which one is open.
 *
 * Version history: v1 (current).
 */
import { validateCanvas } from '../canvas/validate';
import type { Canvas } from '../canvas/model';
import type { DataCodec } from '../storage/envelope';
import { isRecord } from '../storage/guards';

export interface CanvasData {
  canvases: Canvas[];
  /** Id of the open canvas, or null. */
  openId: string | null;
}

/** Most canvases kept: far more initiatives than a team runs at once. */
export const MAX_CANVASES = 100;

function validate(data: unknown): CanvasData | undefined {
  if (!isRecord(data) || !Array.isArray(data['canvases']) || data['canvases'].length > MAX_CANVASES) return undefined;
  const canvases: Canvas[] = [];
  for (const entry of data['canvases']) {
    const canvas = validateCanvas(entry);
    if (!canvas) return undefined;
    canvases.push(canvas);
  }
  const openId = data['openId'];
  if (openId !== null && !(typeof openId === 'string' && canvases.some((c) => c.id === openId))) return undefined;
  return { canvases, openId };
}

export const canvasCodec: DataCodec<CanvasData> = {
  id: 'impact-chain-canvas',
  label: 'Impact Chain Canvas',
  version: 1,
  migrations: {},
  validate,
  empty: () => ({ canvases: [], openId: null }),
  count: (value) => value.canvases.length,
};
