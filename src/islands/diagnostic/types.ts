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
