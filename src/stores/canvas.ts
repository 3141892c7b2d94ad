/** The canvas's actions. The island calls these; the model lives in lib/canvas. */
import { createCanvas, duplicate, type Canvas } from '../lib/canvas/model';
import { canvasCodec, MAX_CANVASES, type CanvasData } from '../lib/tools/canvas-data';
import { changeEntries, mergeSaves } from './entry-sync';
import { savedStore } from './saved-data';

/** Every Impact Chain Canvas and which one is open. */
export const $canvases = savedStore(canvasCodec, mergeSaves(canvasCodec));

/** A new canvas id: time plus randomness, safe as a storage key. */
export function newCanvasId(now = new Date()): string {
  return `c-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

const save = (change: (data: CanvasData) => CanvasData) => changeEntries($canvases, canvasCodec, change);

/** Adds a canvas and opens it. Returns false when the list is full. */
export function addCanvas(canvas: Canvas): boolean {
  if ($canvases.get().canvases.length >= MAX_CANVASES) return false;
  save((data) => ({ canvases: [...data.canvases, canvas], openId: canvas.id }));
  return true;
}

/** Creates an empty canvas and opens it. */
export function createNewCanvas(now = new Date()): Canvas {
  const canvas = createCanvas(newCanvasId(now), now);
  addCanvas(canvas);
  return canvas;
}

/** Keeps a canvas from elsewhere (a file, a share link) as a new canvas of this browser. Returns false when full. */
export function adoptCanvas(canvas: Canvas, now = new Date()): Canvas | undefined {
  const copy = { ...canvas, id: newCanvasId(now) };
  return addCanvas(copy) ? copy : undefined;
}

/** What the page says when the list of canvases is full and one more was asked for. */
export const CANVAS_LIST_FULL = 'You have the most canvases this page keeps; delete one first.';

export function openCanvas(id: string): void {
  save((data) => ({ ...data, openId: data.canvases.some((c) => c.id === id) ? id : data.openId }));
}

/** Applies a pure change to one canvas. */
export function updateCanvas(id: string, change: (canvas: Canvas) => Canvas): void {
  save((data) => ({ ...data, canvases: data.canvases.map((c) => (c.id === id ? change(c) : c)) }));
}

/** Copies a canvas and opens the copy; returns the copy's id (undefined when nothing was copied). */
export function duplicateCanvas(id: string, now = new Date()): string | undefined {
  const original = $canvases.get().canvases.find((c) => c.id === id);
  if (!original) return undefined;
  const copy = duplicate(original, newCanvasId(now), now);
  return addCanvas(copy) ? copy.id : undefined;
}

/**
 * Deletes a canvas.
 * @returns an undo that puts it back where it was and reopens it.
 */
export function deleteCanvas(id: string): () => void {
  const before = $canvases.get();
  const index = before.canvases.findIndex((c) => c.id === id);
  const removed = before.canvases[index];
  save((data) => {
    const canvases = data.canvases.filter((c) => c.id !== id);
    return { canvases, openId: data.openId === id ? (canvases[0]?.id ?? null) : data.openId };
  });
  return () => {
    if (!removed) return;
    // Put back as a version newer than the one deleted (its last edit came before the delete and this undo), so a
    // tab that has seen the delete and not yet the undo does not take it for the deleted one.
    const restored = { ...removed, updatedAt: new Date().toISOString() };
    save((data) => {
      const canvases = [...data.canvases];
      canvases.splice(Math.min(index, canvases.length), 0, restored);
      return { canvases, openId: restored.id };
    });
  };
}
