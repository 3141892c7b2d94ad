import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { CHECKLIST_THEME_IDS } from '../lib/checklist';
import { CONSTRAINT_IDS, isConstraintId } from '../lib/constraints';

/**
 * One checklist item. `constraints` and `guardrails` say where to look when the answer is not healthy;
 * both are checked against what exists, so a typo fails the build instead of leaving a dead link.
 */
export function checklistItemSchema(guardrailIds: readonly string[]) {
  const known = (ids: readonly string[], what: string) =>
    z.string().refine((value): boolean => ids.includes(value), {
      error: (issue) => `"${String(issue.input)}" is not a ${what}; use one of: ${ids.join(', ')}`,
    });
  return z.object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    order: z.number().int().positive(),
    theme: z.enum(CHECKLIST_THEME_IDS),
    text: z.string().min(10).max(300),
    healthyWhen: z.enum(['yes', 'no']).default('yes'),
    /** The item is the essay's own wording (the Coordination Trap quick checks). */
    fromEssay: z.boolean().default(false),
    constraints: z
      .array(known(CONSTRAINT_IDS.filter(isConstraintId), 'constraint').pipe(reference('constraints')))
      .min(1),
    guardrails: z.array(known(guardrailIds, 'guardrail').pipe(reference('guardrails'))).min(1),
  });
}
