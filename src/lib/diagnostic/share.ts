/**
 * Share links for a diagnostic result. The result travels in the URL fragment (never sent to a server):
 * `#share=<base64url JSON>`, with the format version, the question-set version, the scores, the verdict and, only if
 * the user opts in, the answers (with the Coordination Trap answers and the tie-break's forced choices, when the run
 * has them). Format 1 links (question set 1) carry scores only; their verdict is worked out from
 * the scores under set 1's rules. Decoding any string gives a result or a plain "can't be read" message; it never
 * throws.
 */
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints';
import { decodeFragment, encodeFragment } from '../fragment';
import { isIntegerIn } from '../storage/guards';
import { validAnswers, validPicks, validTrap, type TieBreakPicks, type TrapAnswers } from '../tools/diagnostic-data';
import type { Answer } from './answers';
import type { Scores } from './scoring';

/** Format of the share payload itself: 2 adds the verdict, its confidence and whether the tie-break decided it. */
export const SHARE_FORMAT = 2;
/** The fragment key: `#share=…`. */
export const SHARE_KEY = 'share';
/** Longest fragment accepted: far beyond a real link, small enough to decode safely. */
export const MAX_SHARE_LENGTH = 8000;

export interface SharedResult {
  questionSetVersion: number;
  scores: Scores;
  answers?: Record<string, Answer>;
  /** The Coordination Trap quick checks, shared only with the answers. */
  trap?: TrapAnswers;
  /** The tie-break's forced choices, shared only with the answers. */
  tieBreak?: TieBreakPicks;
  /** When the run finished (ISO), if known. */
  finishedAt?: string;
  /** The verdict as the run gave it (format 2): the tie-break can put the runner-up by score first. */
  verdict?: { dominant: ConstraintId; lowConfidence: boolean; byTieBreak: boolean };
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
  if (result.verdict) {
    payload['d'] = CONSTRAINT_IDS.indexOf(result.verdict.dominant);
    payload['c'] = (result.verdict.lowConfidence ? 1 : 0) + (result.verdict.byTieBreak ? 2 : 0);
  }
  if (result.answers) {
    payload['a'] = result.answers;
    if (result.trap) payload['x'] = result.trap;
    if (result.tieBreak) payload['k'] = result.tieBreak;
  }
  if (result.finishedAt) payload['t'] = result.finishedAt;
  return encodeFragment(SHARE_KEY, payload);
}

const isIndex = (value: unknown, length: number): value is number => isIntegerIn(value, 0, length - 1);

/**
 * Reads a share link, a bare fragment, or `share=…`. Accepts a whole URL pasted from chat.
 */
export function decodeShare(input: string): DecodedShare {
  const fail = (error = UNREADABLE): DecodedShare => ({ ok: false, error });
  const decoded = decodeFragment(input, SHARE_KEY, MAX_SHARE_LENGTH);
  if (!decoded.ok) return decoded.reason === 'absent' ? fail('This is not a diagnostic share link.') : fail();
  const payload = decoded.value;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return fail();
  const { f, q, s, a, t, d, c, x, k } = payload as Record<string, unknown>;
  if (f !== 1 && f !== SHARE_FORMAT) {
    return typeof f === 'number' && f > SHARE_FORMAT
      ? fail('This link was made by a newer version of the diagnostic. Reload the page to update, then open it again.')
      : fail();
  }
  if (!isIntegerIn(q, 1, 1000)) return fail();
  if (!Array.isArray(s) || s.length !== CONSTRAINT_IDS.length) return fail();
  if (!s.every((v) => v === null || isIntegerIn(v, 0, 100))) return fail();
  const result: SharedResult = {
    questionSetVersion: q,
    scores: Object.fromEntries(CONSTRAINT_IDS.map((id, i) => [id, s[i] as number | null])) as Scores,
  };
  if (f === SHARE_FORMAT && d !== undefined) {
    if (!isIndex(d, CONSTRAINT_IDS.length) || !isIndex(c, 4) || s[d] === null) return fail();
    result.verdict = { dominant: CONSTRAINT_IDS[d]!, lowConfidence: (c & 1) === 1, byTieBreak: (c & 2) === 2 };
  }
  if (a !== undefined) {
    const answers = validAnswers(a);
    if (!answers) return fail();
    result.answers = answers;
  }
  // The trap checks and the tie-break's choices travel only with the answers.
  if (x !== undefined) {
    const trap = validTrap(x);
    if (!trap || !result.answers) return fail();
    result.trap = trap;
  }
  if (k !== undefined) {
    const tieBreak = validPicks(k);
    if (!tieBreak || !result.answers) return fail();
    result.tieBreak = tieBreak;
  }
  if (t !== undefined) {
    if (typeof t !== 'string' || Number.isNaN(Date.parse(t)) || t.length > 40) return fail();
    result.finishedAt = t;
  }
  return { ok: true, result };
}
