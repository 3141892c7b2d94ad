import type { ConstraintId } from '../../lib/constraints';

/** What the island knows about each constraint (plain, serializable props from the page). */
export interface ConstraintInfo {
  id: ConstraintId;
  name: string;
  smallestDisequilibrium: string;
  /** Constraint page URL, base applied. */
  href: string;
  /** Catalog filtered to this constraint, base applied. */
  guardrailsHref: string;
  /** A new Impact Chain Canvas pre-filled for this constraint, base applied. */
  planHref: string;
}

/** One of the essay's Coordination Trap quick checks, with the constraints it points to. */
export interface TrapCheckInfo {
  id: string;
  /** The symptom, in the author's words: what the team answers yes or no to. */
  symptom: string;
  /** The author's question the symptom should prompt. */
  question: string;
  constraints: readonly ConstraintId[];
}
