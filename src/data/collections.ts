import { getCollection } from 'astro:content';
import { constraintSetProblems } from '../lib/constraints';

/** The constraints in the essay's order; fails the build when the collection is not exactly the essay's eight. */
export async function getConstraints() {
  const constraints = (await getCollection('constraints')).sort((a, b) => a.data.order - b.data.order);
  const problems = constraintSetProblems(constraints.map((c) => ({ id: c.id, order: c.data.order })));
  if (problems.length > 0) throw new Error(`content/constraints: ${problems.join('; ')}`);
  return constraints;
}

/** Guardrails sorted by name. */
export async function getGuardrails() {
  return (await getCollection('guardrails')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}
