import { z } from 'astro/zod';
import { CONSTRAINT_IDS } from '../lib/constraints';
import { essayHeadingId } from './essay-heading-id';

/**
 * Front matter of a constraint page. `signal`, `smallestDisequilibrium` and `mapLabel` are the author's words from
 * Appendix K; the appendix table is rendered from them. `essaySections` must name headings the essay really has.
 */
export function constraintSchema(essayHeadingIds: readonly string[]) {
  return z.object({
    name: z.string().min(1),
    mapLabel: z.string().min(1),
    order: z.number().int().min(1).max(CONSTRAINT_IDS.length),
    summary: z.string().min(20).max(200),
    signal: z.string().min(1),
    smallestDisequilibrium: z.string().min(1),
    symptoms: z.array(z.string().min(3)).min(3),
    essaySections: z.array(essayHeadingId(essayHeadingIds)).min(1),
    related: z.array(z.enum(CONSTRAINT_IDS)).default([]),
  });
}
