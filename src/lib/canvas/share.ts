/**
 * A canvas in a share link's fragment (`#canvas=<base64url JSON>`), opt-in because the text travels inside the
 * link. Decoding never throws: any string gives a canvas or a plain message.
 */
import { decodeBase64Url, encodeBase64Url } from '../base64url';
import { parseUntrustedJson } from '../storage/untrusted-json';
import type { Canvas } from './model';
import { validateCanvas } from './validate';

export const CANVAS_SHARE_KEY = 'canvas';
const MAX_LINK = 24_000;

export function encodeCanvasShare(canvas: Canvas): string {
  return `${CANVAS_SHARE_KEY}=${encodeBase64Url(JSON.stringify({ f: 1, canvas }))}`;
}

export type DecodedCanvasShare = { ok: true; canvas: Canvas } | { ok: false; error: string };

export function decodeCanvasShare(input: string): DecodedCanvasShare {
  const fail: DecodedCanvasShare = { ok: false, error: 'This canvas link can’t be read: it may have been cut short or changed.' };
  if (typeof input !== 'string' || input.length > MAX_LINK) return fail;
  const hash = input.includes('#') ? input.slice(input.indexOf('#') + 1) : input;
  const match = new RegExp(`^${CANVAS_SHARE_KEY}=([A-Za-z0-9_-]+)$`).exec(hash.trim());
  if (!match) return fail;
  let text: string;
  try {
    text = decodeBase64Url(match[1]!);
  } catch {
    return fail;
  }
  const parsed = parseUntrustedJson(text);
  const payload = parsed.ok ? (parsed.value as { f?: unknown; canvas?: unknown } | null) : null;
  if (payload?.f !== 1) return fail;
  const canvas = validateCanvas(payload.canvas);
  return canvas ? { ok: true, canvas } : fail;
}
