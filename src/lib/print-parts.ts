/**
 * How the guardrails catalog goes to paper. The whole guide prints from one page (`/print/`) while the catalog is
 * small enough to read that way; past `GUARDRAILS_PER_PRINT` entries, one page would grow with every guardrail added
 * (a 1,000-guardrail catalog is a browser tab of tens of megabytes that no printer dialog handles), so the catalog
 * prints in parts of at most that many, each a page of its own, and `/print/` lists them.
 */

/** The most guardrails one print page holds: about a hundred sheets of paper at today's entry length. */
export const GUARDRAILS_PER_PRINT = 60;

/** One print page of the catalog: its number (from 1) and the entries it holds, by index in catalog order. */
export interface CatalogPrintPart {
  number: number;
  /** Index of its first entry in the catalog's order. */
  first: number;
  /** Index of its last entry, inclusive. */
  last: number;
}

/**
 * The catalog's print parts, for `count` guardrails: none while the whole guide's page holds them all, otherwise
 * consecutive runs of the catalog's order, every part full but the last.
 */
export function catalogPrintParts(count: number, perPart = GUARDRAILS_PER_PRINT): CatalogPrintPart[] {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`a catalog has a whole number of guardrails, not ${count}`);
  if (!Number.isInteger(perPart) || perPart < 1) throw new RangeError(`a print part holds at least one guardrail`);
  if (count <= perPart) return [];
  return Array.from({ length: Math.ceil(count / perPart) }, (_, i) => ({
    number: i + 1,
    first: i * perPart,
    last: Math.min(count, (i + 1) * perPart) - 1,
  }));
}
