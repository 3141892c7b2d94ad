import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { CHECKLIST_THEME_IDS } from '../lib/checklist';
import { CONSTRAINT_IDS, isConstraintId } from '../lib/constraints';
import { knownId } from './known-id';

/**
 * One checklist item: a statement a healthy team answers "yes" to. `constraints` and `guardrails` say where to look when the answer is not healthy;
 * both are checked against what exists, so a typo fails the build instead of leaving a dead link.
 */
export function checklistItemSchema(guardrailIds: readonly string[]) {
  return z
    .object({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
      order: z.number().int().positive(),
      theme: z.enum(CHECKLIST_THEME_IDS),
      text: z.string().min(10).max(300),
      /** One of the essay's Coordination Trap checks, asked in the guide's words: its constraints and guardrails come from that check. */
      trap: z.string().optional(),
      constraints: z
        .array(knownId(CONSTRAINT_IDS.filter(isConstraintId), 'constraint').pipe(reference('constraints')))
        .min(1)
        .optional(),
      guardrails: z
        .array(knownId(guardrailIds, 'guardrail').pipe(reference('guardrails')))
        .min(1)
        .optional(),
    })
    .superRefine((item, context) => {
      if (item.trap === undefined && (!item.constraints || !item.guardrails)) {
        context.addIssue({
          code: 'custom',
          path: ['constraints'],
          message: 'an item needs constraints and guardrails, or a trap check to take them from',
        });
      }
      if (item.trap !== undefined && (item.constraints || item.guardrails)) {
        context.addIssue({
          code: 'custom',
          path: ['trap'],
          message:
            'a trap item takes its constraints and guardrails from content/diagnostic/coordination-trap.yaml; do not repeat them',
        });
      }
    });
}
