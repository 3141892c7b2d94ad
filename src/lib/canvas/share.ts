/**
 * A canvas in a share link's fragment (`#canvas=<base64url JSON>`), opt-in because the text travels inside the
 * link. Decoding never throws: any string gives a canvas or a plain message.
 */
import { decodeFragment, encodeFragment } from '../fragment';
import type { Canvas } from './model';
import { validateCanvas } from './validate';

export const CANVAS_SHARE_KEY = 'canvas';
const MAX_LINK = 24_000;

export function encodeCanvasShare(canvas: Canvas): string {
  return encodeFragment(CANVAS_SHARE_KEY, { f: 1, canvas });
}

export type DecodedCanvasShare = { ok: true; canvas: Canvas } | { ok: false; error: string };

export function decodeCanvasShare(input: string): DecodedCanvasShare {
  const fail: DecodedCanvasShare = {
    ok: false,
    error: 'This canvas link can’t be read: it may have been cut short or changed.',
  };
  const decoded = decodeFragment(input, CANVAS_SHARE_KEY, MAX_LINK);
  const payload = decoded.ok ? (decoded.value as { f?: unknown; canvas?: unknown } | null) : null;
  if (payload?.f !== 1) return fail;
  const canvas = validateCanvas(payload.canvas);
  return canvas ? { ok: true, canvas } : fail;
}
