import { getCollection, render } from 'astro:content';
import { CONSTRAINT_IDS, constraintSetProblems, type ConstraintId } from '../lib/constraints';
import type { Question } from '../lib/diagnostic/answers';

/** The constraints in the essay's order; fails the build when the collection is not exactly the essay's eight. */
export async function getConstraints() {
  const constraints = (await getCollection('constraints')).sort((a, b) => a.data.order - b.data.order);
  const problems = constraintSetProblems(constraints.map((c) => ({ id: c.id, order: c.data.order })));
  if (problems.length > 0) throw new Error(`content/constraints: ${problems.join('; ')}`);
  // The check above proves every id is one of the eight.
  return constraints as ((typeof constraints)[number] & { id: ConstraintId })[];
}

/** Guardrails sorted by name. */
export async function getGuardrails() {
  return (await getCollection('guardrails')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}

/** The diagnostic's statements in order, and the question set's version; fails the build if a constraint has fewer than three. */
export async function getDiagnostic(): Promise<{ questions: Question[]; version: number }> {
  const questions = (await getCollection('diagnosticQuestions'))
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ data }) => ({ id: data.id, constraint: data.constraint, text: data.text, fromEssay: data.fromEssay }));
  for (const id of CONSTRAINT_IDS) {
    const own = questions.filter((q) => q.constraint === id && !q.fromEssay).length;
    if (own < 3) throw new Error(`content/diagnostic/questions.yaml: "${id}" has ${own} statements; each constraint needs at least 3`);
  }
  const [set] = await getCollection('questionSet');
  if (!set) throw new Error('content/diagnostic/question-set.yaml: no question-set version');
  return { questions, version: set.data.version };
}

let essayHeadings: Promise<{ slug: string; text: string }[]> | undefined;

/**
 * The essay sections with these heading ids, with their heading text, for "where the essay discusses it" links.
 * The essay is rendered once per build for this, not once per page.
 */
export async function essayPassages(ids: readonly string[]): Promise<{ id: string; text: string }[]> {
  essayHeadings ??= getCollection('essays').then(async ([essay]) => (essay ? (await render(essay)).headings : []));
  const headings = await essayHeadings;
  return ids.map((id) => ({ id, text: headings.find((heading) => heading.slug === id)?.text ?? id }));
}
