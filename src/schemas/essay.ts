import { z } from 'astro/zod';

/** Front matter of an essay: what the byline, link previews and the reading-time line need. */
export const essaySchema = z.object({
  title: z.string().min(1),
  author: z.string().min(1),
  date: z.coerce.date(),
  excerpt: z.string().min(20).max(300),
});
