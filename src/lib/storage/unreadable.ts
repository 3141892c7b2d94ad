/**
 * Why a stored or imported value could not be read, in words. Apart from the envelope because only an import's
 * refusal shows it: every tool page reads envelopes at start, and none of them needs these sentences then.
 */
import type { UnreadableReason } from './envelope';

const MESSAGES: Record<UnreadableReason, string> = {
  'not-json': 'it is not valid JSON',
  'not-an-envelope': 'it is not in this site’s saved-data format',
  'future-version': 'it was saved by a newer version of this site',
  'unknown-version': 'its version is not one this site knows',
  'invalid-data': 'its contents do not have the expected shape',
};

/** The reason as the end of a sentence: "…cannot be imported: it is not valid JSON." */
export function unreadableMessage(reason: UnreadableReason): string {
  return MESSAGES[reason];
}
