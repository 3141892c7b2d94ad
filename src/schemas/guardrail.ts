import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { essayHeadingId } from './essay-heading-id';

/** How a guardrail works on a team: the catalog filters by these. */
export const GUARDRAIL_KINDS = ['policy', 'ritual', 'metric', 'structure', 'automation'] as const;

/** Rough cost to start: small means one person can start it this week. */
export const GUARDRAIL_EFFORTS = ['small', 'medium', 'large'] as const;

/**
 * Front matter of a guardrail. `constraints` are references into the constraints collection, so an unknown slug
 * fails the build; `essaySections` must name headings the essay really has.
 */
export function guardrailSchema(essayHeadingIds: readonly string[]) {
  return z.object({
    name: z.string().min(1),
    summary: z.string().min(20).max(200),
    constraints: z.array(reference('constraints')).min(1, 'list at least one constraint this guardrail addresses'),
    kind: z.enum(GUARDRAIL_KINDS),
    effort: z.enum(GUARDRAIL_EFFORTS),
    timeToFirstSignal: z.string().min(1),
    essaySections: z.array(essayHeadingId(essayHeadingIds)).default([]),
  });
}
