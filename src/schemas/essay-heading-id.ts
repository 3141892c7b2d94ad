import { z } from 'astro/zod';

/** A string that must be one of the essay's heading ids, so links into the essay cannot silently break. */
export function essayHeadingId(essayHeadingIds: readonly string[]) {
  return z.string().refine((id) => essayHeadingIds.includes(id), {
    error: (issue) => `"${String(issue.input)}" is not a heading id in the essay`,
  });
}
