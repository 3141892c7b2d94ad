/**
 * The essay's eight classes of alignment constraint, in the essay's order.
 * This list is the single source of truth for constraint ids: the content schema, scoring and tools all use it.
 */
export const CONSTRAINT_IDS = [
  'incentive-drift',
  'context-information-debt',
  'coordination-friction',
  'social-stasis',
  'temporal-myopia',
  'structural-equilibrium',
  'cognitive-local-maxima',
  'moral-optics-alignment',
] as const;

/** One of the eight constraint ids. */
export type ConstraintId = (typeof CONSTRAINT_IDS)[number];

/** Narrows an unknown value (a URL parameter, an imported field) to a constraint id. */
export function isConstraintId(value: unknown): value is ConstraintId {
  return typeof value === 'string' && (CONSTRAINT_IDS as readonly string[]).includes(value);
}

/**
 * Checks that a collection holds exactly the eight constraints, each once, in the essay's order.
 * @returns the problems found, empty when the set is right.
 */
export function constraintSetProblems(entries: readonly { id: string; order: number }[]): string[] {
  const problems: string[] = [];
  const ids = entries.map((entry) => entry.id);
  for (const id of CONSTRAINT_IDS) if (!ids.includes(id)) problems.push(`missing constraint "${id}"`);
  for (const id of ids) if (!isConstraintId(id)) problems.push(`unknown constraint "${id}"`);
  for (const entry of entries) {
    const expected = CONSTRAINT_IDS.indexOf(entry.id as ConstraintId) + 1;
    if (expected > 0 && entry.order !== expected) {
      problems.push(`"${entry.id}" has order ${entry.order}; the essay puts it at ${expected}`);
    }
  }
  return problems;
}
