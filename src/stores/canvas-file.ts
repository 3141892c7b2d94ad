/**
 * Importing a canvas file. Apart from the canvas store because a file is chosen rarely: the page loads this module,
 * with the file reader and the canvas parser, only when one is.
 */
import type { Canvas } from '../lib/canvas/model';
import { MAX_CANVAS_FILE_BYTES, canvasFileRefusal, canvasFromJson } from '../lib/canvas/export';
import { readChosenFile, type ChosenFile } from '../lib/storage/file-import';
import { adoptCanvas, CANVAS_LIST_FULL } from './canvas';

/** Imports a chosen canvas file as a new canvas. The message says what happened, in either case. */
export async function importCanvasFile(file: ChosenFile): Promise<{ canvas?: Canvas; message: string }> {
  const read = await readChosenFile(file, MAX_CANVAS_FILE_BYTES);
  const result = read.ok ? canvasFromJson(read.text) : { ok: false as const, error: canvasFileRefusal(read) };
  if (!result.ok) return { message: `${result.error} Nothing was changed.` };
  const canvas = adoptCanvas(result.canvas);
  return canvas
    ? { canvas, message: `Imported “${canvas.name}”.` }
    : { message: `${CANVAS_LIST_FULL} Nothing was changed.` };
}
