import { z } from 'astro/zod';

/** Front matter of an appendix page. `order` keeps the essay's sequence. */
export const appendixSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(20).max(300),
  order: z.number().int().positive(),
});
