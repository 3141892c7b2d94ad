import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { CONSTRAINT_IDS, isConstraintId } from '../lib/constraints';
import { GUARDRAIL_EFFORTS, GUARDRAIL_KINDS } from '../lib/guardrails';
import { essayHeadingId } from './essay-heading-id';

/**
 * Front matter of a guardrail. `constraints` are references into the constraints collection, so an unknown slug
 * fails the build; `essaySections` must name headings the essay really has.
 */
export function guardrailSchema(essayHeadingIds: readonly string[]) {
  return z.object({
    name: z.string().min(1),
    summary: z.string().min(20).max(200),
    // Checked against the shared id list first: Astro only logs an unknown reference, this fails the build.
    constraints: z
      .array(
        z
          .string()
          .refine((value): boolean => isConstraintId(value), {
            error: (issue) => `"${String(issue.input)}" is not a constraint; use one of: ${CONSTRAINT_IDS.join(', ')}`,
          })
          .pipe(reference('constraints')),
      )
      .min(1, 'list at least one constraint this guardrail addresses'),
    kind: z.enum(GUARDRAIL_KINDS),
    effort: z.enum(GUARDRAIL_EFFORTS),
    timeToFirstSignal: z.string().min(1),
    essaySections: z.array(essayHeadingId(essayHeadingIds)).default([]),
  });
}
