/**
 * Share links for a diagnostic result. The result travels in the URL fragment (never sent to a server):
 * `#share=<base64url JSON>`, with the format version, the question-set version, the scores and, only if the user
 * opts in, the answers. Decoding any string gives a result or a plain "can't be read" message; it never throws.
 */
import { decodeBase64Url, encodeBase64Url } from '../base64url';
import { CONSTRAINT_IDS } from '../constraints';
import { isSafeId } from '../storage/guards';
import { parseUntrustedJson } from '../storage/untrusted-json';
import { isAnswer, type Answer } from './answers';
import type { Scores } from './scoring';

/** Format of the share payload itself. */
export const SHARE_FORMAT = 1;
/** The fragment key: `#share=…`. */
export const SHARE_KEY = 'share';
/** Longest fragment accepted: far beyond a real link, small enough to decode safely. */
export const MAX_SHARE_LENGTH = 8000;

export interface SharedResult {
  questionSetVersion: number;
  scores: Scores;
  answers?: Record<string, Answer>;
  /** When the run finished (ISO), if known. */
  finishedAt?: string;
}

export type DecodedShare = { ok: true; result: SharedResult } | { ok: false; error: string };

const UNREADABLE = 'This link can’t be read: it may have been cut short or changed. Ask for the link again.';

/** The fragment (without '#') for a result. */
export function encodeShare(result: SharedResult): string {
  const payload: Record<string, unknown> = {
    f: SHARE_FORMAT,
    q: result.questionSetVersion,
    s: CONSTRAINT_IDS.map((id) => result.scores[id]),
  };
  if (result.answers) payload['a'] = result.answers;
  if (result.finishedAt) payload['t'] = result.finishedAt;
  return `${SHARE_KEY}=${encodeBase64Url(JSON.stringify(payload))}`;
}

/**
 * Reads a share link, a bare fragment, or `share=…`. Accepts a whole URL pasted from chat.
 */
export function decodeShare(input: string): DecodedShare {
  const fail = (error = UNREADABLE): DecodedShare => ({ ok: false, error });
  if (typeof input !== 'string' || input.length > MAX_SHARE_LENGTH) return fail();
  const hash = input.includes('#') ? input.slice(input.indexOf('#') + 1) : input;
  const match = new RegExp(`(?:^|&)${SHARE_KEY}=([A-Za-z0-9_-]+)`).exec(hash.trim());
  if (!match) return fail('This is not a diagnostic share link.');
  let text: string;
  try {
    text = decodeBase64Url(match[1]!);
  } catch {
    return fail();
  }
  // A link is untrusted input: a `__proto__`, `constructor` or `prototype` key anywhere makes it unreadable.
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return fail();
  const payload = parsed.value;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return fail();
  const { f, q, s, a, t } = payload as Record<string, unknown>;
  if (f !== SHARE_FORMAT) {
    return typeof f === 'number' && f > SHARE_FORMAT
      ? fail('This link was made by a newer version of the diagnostic. Reload the page to update, then open it again.')
      : fail();
  }
  if (typeof q !== 'number' || !Number.isInteger(q) || q < 1 || q > 1000) return fail();
  if (!Array.isArray(s) || s.length !== CONSTRAINT_IDS.length) return fail();
  if (!s.every((v) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100))) return fail();
  const result: SharedResult = {
    questionSetVersion: q,
    scores: Object.fromEntries(CONSTRAINT_IDS.map((id, i) => [id, s[i] as number | null])) as Scores,
  };
  if (a !== undefined) {
    if (typeof a !== 'object' || a === null || Array.isArray(a)) return fail();
    const entries = Object.entries(a);
    if (entries.length > 200 || !entries.every(([id, value]) => isSafeId(id) && isAnswer(value))) return fail();
    result.answers = Object.fromEntries(entries) as Record<string, Answer>;
  }
  if (t !== undefined) {
    if (typeof t !== 'string' || Number.isNaN(Date.parse(t)) || t.length > 40) return fail();
    result.finishedAt = t;
  }
  return { ok: true, result };
}
