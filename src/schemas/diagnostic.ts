import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { CONSTRAINT_IDS } from '../lib/constraints';
import { knownId } from './known-id';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const constraintId = z.enum(CONSTRAINT_IDS);

/** One diagnostic statement. Its id is stable: saved answers and share links refer to it. */
const statementSchema = z.object({
  id,
  order: z.number().int().positive(),
  constraint: constraintId,
  text: z.string().min(10).max(300),
  /** Reverse-keyed: agreeing is the healthy answer, so the statement is scored the other way round. */
  reverse: z.boolean().default(false),
  /** Question set 1 only: one of the essay's Coordination Trap quick checks, scored as a statement. */
  fromEssay: z.boolean().default(false),
});

/** A question set: its version, the time frame the statements are read in, and the statements. */
export const questionSetSchema = z
  .object({
    version: z.number().int().positive(),
    published: z.coerce.date(),
    /** Said once above the statements, e.g. "Think about your team in the last three months." */
    timeFrame: z.string().min(10).max(120).optional(),
    statements: z.array(statementSchema).min(8),
  })
  .superRefine((set, context) => {
    const seen = new Set<string>();
    for (const [index, statement] of set.statements.entries()) {
      if (seen.has(statement.id)) {
        context.addIssue({
          code: 'custom',
          path: ['statements', index, 'id'],
          message: `"${statement.id}" is used twice`,
        });
      }
      seen.add(statement.id);
    }
  });

/** One of the essay's Coordination Trap quick checks, and where it points. */
export function coordinationTrapSchema(guardrailIds: readonly string[]) {
  return z.object({
    id,
    order: z.number().int().positive(),
    symptom: z.string().min(5),
    question: z.string().min(5),
    constraints: z.array(knownId(CONSTRAINT_IDS, 'constraint').pipe(reference('constraints'))).min(1),
    guardrails: z.array(knownId(guardrailIds, 'guardrail').pipe(reference('guardrails'))).min(1),
  });
}

const choiceText = z.string().min(20).max(160);

/** The tie-break's forced choices: four portraits per constraint, and written contrasts for confusable pairs. */
export const tieBreaksSchema = z.object({
  portraits: z.record(constraintId, z.array(choiceText).length(4)),
  pairs: z.array(
    z.object({
      between: z
        .tuple([constraintId, constraintId])
        .refine(([a, b]) => a !== b, 'a pair needs two different constraints'),
      contrasts: z
        .array(z.object({ id, a: choiceText, b: choiceText }))
        .min(2)
        .max(4),
    }),
  ),
});
