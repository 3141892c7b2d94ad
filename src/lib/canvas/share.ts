/**
 * A canvas in a share link's fragment (`#canvas=<base64url JSON>`), opt-in because the text travels inside the
 * link. Decoding never throws: any string gives a canvas or a plain message.
 */
import { FORBIDDEN_KEYS } from '../storage/guards';
import type { Canvas } from './model';
import { validateCanvas } from './validate';

export const CANVAS_SHARE_KEY = 'canvas';
const MAX_LINK = 24_000;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeCanvasShare(canvas: Canvas): string {
  return `${CANVAS_SHARE_KEY}=${toBase64Url(JSON.stringify({ f: 1, canvas }))}`;
}

export type DecodedCanvasShare = { ok: true; canvas: Canvas } | { ok: false; error: string };

export function decodeCanvasShare(input: string): DecodedCanvasShare {
  const fail: DecodedCanvasShare = { ok: false, error: 'This canvas link can’t be read: it may have been cut short or changed.' };
  if (typeof input !== 'string' || input.length > MAX_LINK) return fail;
  const hash = input.includes('#') ? input.slice(input.indexOf('#') + 1) : input;
  const match = new RegExp(`^${CANVAS_SHARE_KEY}=([A-Za-z0-9_-]+)$`).exec(hash.trim());
  if (!match) return fail;
  try {
    let forbidden = false;
    const payload = JSON.parse(fromBase64Url(match[1]!), (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      return value;
    }) as { f?: unknown; canvas?: unknown };
    if (forbidden || payload?.f !== 1) return fail;
    const canvas = validateCanvas(payload.canvas);
    return canvas ? { ok: true, canvas } : fail;
  } catch {
    return fail;
  }
}
