import { readFileSync, readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { markdownHeadingIds } from './lib/heading-ids';
import { appendixSchema } from './schemas/appendix';
import { checklistItemSchema } from './schemas/checklist';
import { constraintSchema } from './schemas/constraint';
import { coordinationTrapSchema, questionSetSchema, tieBreaksSchema } from './schemas/diagnostic';
import { essaySchema } from './schemas/essay';
import { guardrailSchema } from './schemas/guardrail';

/** Authoring lives in the top-level content/ folder, apart from code. */
const contentDir = (folder: string) => `./content/${folder}`;

const essayHeadingIds = markdownHeadingIds(
  readFileSync(new URL('../content/essays/ticket-factory-to-impact.mdx', import.meta.url), 'utf8'),
);

const essays = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentDir('essays') }),
  schema: essaySchema,
});

const appendices = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentDir('appendices') }),
  schema: appendixSchema,
});

const constraints = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentDir('constraints') }),
  schema: constraintSchema(essayHeadingIds),
});

const guardrails = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentDir('guardrails') }),
  schema: guardrailSchema(essayHeadingIds),
});

/** Guardrail ids are file names; checklist items are checked against them before any page renders. */
const guardrailIds = readdirSync(new URL('../content/guardrails/', import.meta.url))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''));

const checklist = defineCollection({
  loader: file('./content/checklist/items.yaml'),
  schema: checklistItemSchema(guardrailIds),
});

/** One file per question set (`1.yaml`, `2.yaml`…): old sets stay, so old runs keep their statements. */
const questionSets = defineCollection({
  loader: glob({ pattern: '*.yaml', base: contentDir('diagnostic/question-sets') }),
  schema: questionSetSchema,
});

const coordinationTrap = defineCollection({
  loader: file('./content/diagnostic/coordination-trap.yaml'),
  schema: coordinationTrapSchema(guardrailIds),
});

const tieBreaks = defineCollection({
  loader: glob({ pattern: 'tie-breaks.yaml', base: contentDir('diagnostic') }),
  schema: tieBreaksSchema,
});

export const collections = {
  essays,
  appendices,
  constraints,
  guardrails,
  checklist,
  questionSets,
  coordinationTrap,
  tieBreaks,
};
