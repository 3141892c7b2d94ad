import { z } from 'astro/zod';

/** Front matter of an appendix page. `order` keeps the essay's sequence. */
export const appendixSchema = z.object({
  /** The author's heading, shown on the page itself. */
  title: z.string().min(1),
  /** The appendix's name wherever the guide lists or links it ("Appendix K" alone, with no A–J, would puzzle a reader). */
  label: z.string().min(1).max(60),
  summary: z.string().min(20).max(300),
  order: z.number().int().positive(),
});
