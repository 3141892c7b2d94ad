/**
 * "Plan a probe": a link from a constraint page or a diagnostic result opens a new canvas pre-filled from its
 * query. Only known constraint and guardrail ids are accepted; anything else in the URL is ignored.
 */
import { isConstraintId, type ConstraintId } from '../constraints';
import { isSafeId } from '../storage/guards';

export interface PrefillRequest {
  constraint: ConstraintId;
  guardrail?: string;
}

/** Reads `?constraint=…&guardrail=…`; undefined when there is no valid constraint. */
export function parsePrefill(search: string, knownGuardrails: readonly string[]): PrefillRequest | undefined {
  const params = new URLSearchParams(search.slice(0, 500));
  const constraint = params.get('constraint');
  if (!isConstraintId(constraint)) return undefined;
  const guardrail = params.get('guardrail');
  return isSafeId(guardrail) && knownGuardrails.includes(guardrail) ? { constraint, guardrail } : { constraint };
}

/** The query for a "plan a probe" link. */
export function prefillQuery(request: PrefillRequest): string {
  const params = new URLSearchParams({ constraint: request.constraint });
  if (request.guardrail) params.set('guardrail', request.guardrail);
  return `?${params.toString()}`;
}
