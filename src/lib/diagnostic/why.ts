/**
 * "Why you're here": the link from a diagnostic result to the dominant constraint's page carries the deciding
 * answers in its fragment, `#why=<questionId>:<answer>,…`, readable and short. The constraint page shows them.
 */
import { isSafeId } from '../storage/guards';
import { isAnswer, type Answer } from './answers';
import type { DecidingAnswer } from './scoring';

export const WHY_KEY = 'why';

/** The fragment (without '#') for the deciding answers. */
export function encodeWhy(deciding: readonly DecidingAnswer[]): string {
  return `${WHY_KEY}=${deciding.map((d) => `${d.questionId}:${d.answer}`).join(',')}`;
}

/** Reads `#why=…`; anything malformed is ignored (an empty list means "show nothing"). */
export function decodeWhy(hash: string): DecidingAnswer[] {
  const match = new RegExp(`^#?${WHY_KEY}=([a-z0-9:,-]{1,600})$`).exec(hash);
  if (!match) return [];
  return match[1]!
    .split(',')
    .flatMap((part) => {
      const [id, raw] = part.split(':');
      const answer: unknown = raw === 'not-sure' ? raw : Number(raw);
      return isSafeId(id) && isAnswer(answer) ? [{ questionId: id, answer: answer as Answer }] : [];
    })
    .slice(0, 5);
}
