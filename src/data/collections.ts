import { getCollection, render } from 'astro:content';
import { CONSTRAINT_IDS, constraintSetProblems, type ConstraintId } from '../lib/constraints';
import type { Question } from '../lib/diagnostic/answers';
import { tieBreakGaps, type TieBreakContent } from '../lib/diagnostic/tie-break';
import type { ChecklistItem } from '../lib/checklist';
import { canvasWith, constraintRoute, guardrailRoute, guardrailsFor } from '../lib/routes';
import { prefillQuery } from '../lib/canvas/prefill';
import type { ConstraintInfo } from '../islands/diagnostic/types';
import { link } from './link';
import { oncePerBuild } from './once-per-build';

/**
 * The constraints in the essay's order; fails the build when the collection is not exactly the essay's eight. Shared
 * by every page (oncePerBuild), so read-only.
 */
export const getConstraints = oncePerBuild(async () => {
  // A copy: the array getCollection returns is not this module's to sort or freeze.
  const constraints = [...(await getCollection('constraints'))].sort((a, b) => a.data.order - b.data.order);
  const problems = constraintSetProblems(constraints.map((c) => ({ id: c.id, order: c.data.order })));
  if (problems.length > 0) throw new Error(`content/constraints: ${problems.join('; ')}`);
  // The check above proves every id is one of the eight.
  return Object.freeze(constraints as ((typeof constraints)[number] & { id: ConstraintId })[]);
});

const byName = new Intl.Collator('en').compare;

/** Guardrails sorted by name. Shared by every page (oncePerBuild), so read-only. */
export const getGuardrails = oncePerBuild(async () =>
  Object.freeze([...(await getCollection('guardrails'))].sort((a, b) => byName(a.data.name, b.data.name))),
);

/** A question set as the tools use it. */
export interface QuestionSet {
  version: number;
  published: Date;
  timeFrame: string | undefined;
  questions: Question[];
}

/** The rules a question set from version 2 on must meet before any page renders. */
const STATEMENTS_PER_CONSTRAINT = 4;

const sameStatement = (a: Question, b: Question) =>
  a.text === b.text && a.constraint === b.constraint && a.reverse === b.reverse && a.fromEssay === b.fromEssay;

/** Every question set, oldest first; fails the build when a set breaks the statement rules it can check. */
export async function getQuestionSets(): Promise<QuestionSet[]> {
  const sets = (await getCollection('questionSets')).sort((a, b) => a.data.version - b.data.version);
  // A statement kept word for word keeps its id in a later set; an id may never carry a different statement.
  const seen = new Map<string, { version: number; question: Question }>();
  return sets.map(({ id, data }) => {
    const where = `content/diagnostic/question-sets/${id}.yaml`;
    if (String(data.version) !== id)
      throw new Error(`${where}: "version" is ${data.version}; the file must be named ${data.version}.yaml`);
    const questions = [...data.statements]
      .sort((a, b) => a.order - b.order)
      .map((s): Question => ({
        id: s.id,
        constraint: s.constraint,
        text: s.text,
        reverse: s.reverse,
        fromEssay: s.fromEssay,
      }));
    for (const question of questions) {
      const other = seen.get(question.id);
      if (other && !sameStatement(other.question, question)) {
        throw new Error(
          `${where}: statement id "${question.id}" is already used by question set ${other.version} for another statement; a new meaning needs a new id`,
        );
      }
      seen.set(question.id, { version: data.version, question });
    }
    if (data.version >= 2) {
      for (const constraint of CONSTRAINT_IDS) {
        const own = questions.filter((q) => q.constraint === constraint);
        if (own.length !== STATEMENTS_PER_CONSTRAINT) {
          throw new Error(
            `${where}: "${constraint}" has ${own.length} statements; each constraint needs ${STATEMENTS_PER_CONSTRAINT}`,
          );
        }
        if (!own.some((q) => q.reverse)) throw new Error(`${where}: "${constraint}" has no reverse-keyed statement`);
      }
    }
    return { version: data.version, published: data.published, timeFrame: data.timeFrame, questions };
  });
}

/** The current question set: the newest. */
export async function getDiagnostic(): Promise<QuestionSet> {
  const current = (await getQuestionSets()).at(-1);
  if (!current) throw new Error('content/diagnostic/question-sets/: no question set');
  return current;
}

/** The essay's Coordination Trap quick checks with the constraints and guardrails they point to, in order. */
export async function getCoordinationTrap() {
  return (await getCollection('coordinationTrap'))
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ data }) => ({
      id: data.id,
      symptom: data.symptom,
      question: data.question,
      constraints: data.constraints.map((ref) => ref.id as ConstraintId),
      guardrails: data.guardrails.map((ref) => ref.id),
    }));
}

/** The tie-break step's content; fails the build when a pair of constraints could not fill the step. */
export async function getTieBreaks(): Promise<TieBreakContent> {
  const [entry] = await getCollection('tieBreaks');
  if (!entry) throw new Error('content/diagnostic/tie-breaks.yaml is missing');
  const content = entry.data as TieBreakContent;
  const gaps = tieBreakGaps(content);
  if (gaps.length > 0)
    throw new Error(`content/diagnostic/tie-breaks.yaml: too few forced choices for ${gaps.join(', ')}`);
  return content;
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

/**
 * The health checklist's items in order, each with the constraints and guardrails it points to (a trap item takes
 * its check's); fails the build when an item names a trap check that does not exist.
 */
export async function getChecklistItems(): Promise<ChecklistItem[]> {
  const constraintName = new Map<string, string>((await getConstraints()).map((c) => [c.id, c.data.name]));
  const guardrailName = new Map((await getGuardrails()).map((g) => [g.id, g.data.name]));
  const trapChecks = await getCoordinationTrap();
  return (await getCollection('checklist'))
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ data }) => {
      const trap = trapChecks.find((check) => check.id === data.trap);
      if (data.trap !== undefined && !trap) {
        throw new Error(
          `content/checklist/items.yaml: "${data.id}" names trap check "${data.trap}", which content/diagnostic/coordination-trap.yaml does not have`,
        );
      }
      const constraintIds = trap ? trap.constraints : (data.constraints ?? []).map((ref) => ref.id);
      const guardrailIds = trap ? trap.guardrails : (data.guardrails ?? []).map((ref) => ref.id);
      return {
        id: data.id,
        theme: data.theme,
        text: data.text,
        constraints: constraintIds.map((id) => ({ id, name: constraintName.get(id) ?? id })),
        guardrails: guardrailIds.map((id) => ({ id, name: guardrailName.get(id) ?? id })),
      };
    });
}

/** Every constraint's and guardrail's page, by id, with the base path applied: the links tools hand to islands. */
export async function getEntryHrefs(): Promise<{
  constraint: Record<string, string>;
  guardrail: Record<string, string>;
}> {
  return {
    constraint: Object.fromEntries((await getConstraints()).map((c) => [c.id, link(constraintRoute(c.id))])),
    guardrail: Object.fromEntries((await getGuardrails()).map((g) => [g.id, link(guardrailRoute(g.id))])),
  };
}

/** What the diagnostic's islands know about each constraint (ConstraintInfo), with the base path applied. */
export async function getConstraintInfo(): Promise<ConstraintInfo[]> {
  return (await getConstraints()).map((c) => ({
    id: c.id,
    name: c.data.name,
    smallestDisequilibrium: c.data.smallestDisequilibrium,
    href: link(constraintRoute(c.id)),
    guardrailsHref: link(guardrailsFor(c.id)),
    planHref: link(canvasWith(prefillQuery({ constraint: c.id }))),
  }));
}
