import { z } from 'astro/zod';

/** A string that must be one of `ids`; the error names the bad value and lists the good ones. */
export function knownId(ids: readonly string[], what: string) {
  return z.string().refine((value): boolean => ids.includes(value), {
    error: (issue) => `"${String(issue.input)}" is not a ${what}; use one of: ${ids.join(', ')}`,
  });
}
