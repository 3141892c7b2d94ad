import { z } from 'astro/zod';
import { CONSTRAINT_IDS } from '../lib/constraints';

/** One diagnostic statement. Its id is stable: saved answers and share links refer to it. */
export const diagnosticQuestionSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  order: z.number().int().positive(),
  constraint: z.enum(CONSTRAINT_IDS),
  text: z.string().min(10).max(300),
  /** One of the essay's own Coordination Trap quick checks, in the author's words. */
  fromEssay: z.boolean().default(false),
});

/** The question set's version and publication date. */
export const questionSetSchema = z.object({
  version: z.number().int().positive(),
  published: z.coerce.date(),
});
