import { z } from 'astro/zod';
import { reference } from 'astro:content';
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
    constraints: z.array(reference('constraints')).min(1, 'list at least one constraint this guardrail addresses'),
    kind: z.enum(GUARDRAIL_KINDS),
    effort: z.enum(GUARDRAIL_EFFORTS),
    timeToFirstSignal: z.string().min(1),
    essaySections: z.array(essayHeadingId(essayHeadingIds)).default([]),
  });
}
