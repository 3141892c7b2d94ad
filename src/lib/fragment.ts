/**
 * Data carried in a URL fragment (`#key=<base64url JSON>`), which browsers never send to a server: the one codec
 * behind the diagnostic's share links and the canvas's. Reading is total and treats the link as untrusted: a size
 * cap, strict base64url, and JSON with no `__proto__`, `constructor` or `prototype` key anywhere.
 */
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { parseUntrustedJson } from './storage/untrusted-json';

/** The fragment text (without '#') for a value under a key. */
export function encodeFragment(key: string, value: unknown): string {
  return `${key}=${encodeBase64Url(JSON.stringify(value))}`;
}

/** Why a fragment could not be read: not this kind of link at all, or this kind but damaged or unsafe. */
export type FragmentResult = { ok: true; value: unknown } | { ok: false; reason: 'absent' | 'unreadable' };

/**
 * Reads the value under `key` from a whole URL, a fragment with or without '#', or a bare `key=…`: what people
 * paste from chat. Never throws.
 */
export function decodeFragment(input: string, key: string, maxLength: number): FragmentResult {
  if (typeof input !== 'string' || input.length > maxLength) return { ok: false, reason: 'unreadable' };
  const hash = input.includes('#') ? input.slice(input.indexOf('#') + 1) : input;
  // Padding ('=') is not part of base64url, but a hand-made or re-encoded link may carry it.
  const match = new RegExp(`(?:^|&)${key}=([A-Za-z0-9_-]+)={0,2}(?:&|$)`).exec(hash.trim());
  // "key=" with something after it that is not base64url is this kind of link, damaged (e.g. a character added by chat).
  if (!match) return { ok: false, reason: new RegExp(`(?:^|&)${key}=`).test(hash) ? 'unreadable' : 'absent' };
  let text: string;
  try {
    text = decodeBase64Url(match[1]!);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const parsed = parseUntrustedJson(text);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, reason: 'unreadable' };
}
