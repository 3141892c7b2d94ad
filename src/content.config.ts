import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { markdownHeadingIds } from './lib/heading-ids';
import { appendixSchema } from './schemas/appendix';
import { constraintSchema } from './schemas/constraint';
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

export const collections = { essays, appendices, constraints, guardrails };
