import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogPrintParts, GUARDRAILS_PER_PRINT } from '../../src/lib/print-parts';
import { catalogPrintRoute, ROUTES } from '../../src/lib/routes';

describe('the guardrails catalog on paper', () => {
  it('prints with the whole guide while it has at most one print part’s worth of guardrails', () => {
    expect(catalogPrintParts(0)).toEqual([]);
    expect(catalogPrintParts(26)).toEqual([]);
    expect(catalogPrintParts(GUARDRAILS_PER_PRINT)).toEqual([]);
  });

  it('prints in parts past that, every part full but the last', () => {
    expect(catalogPrintParts(GUARDRAILS_PER_PRINT + 1)).toEqual([
      { number: 1, first: 0, last: GUARDRAILS_PER_PRINT - 1 },
      { number: 2, first: GUARDRAILS_PER_PRINT, last: GUARDRAILS_PER_PRINT },
    ]);
    expect(catalogPrintParts(1026, 60).map((part) => part.last - part.first + 1)).toEqual([...Array(17).fill(60), 6]);
  });

  it('property: each guardrail is in exactly one part, in order, and no part holds more than its share', () => {
    fc.assert(
      fc.property(fc.nat({ max: 20_000 }), fc.integer({ min: 1, max: 500 }), (count, perPart) => {
        const parts = catalogPrintParts(count, perPart);
        if (count <= perPart) {
          expect(parts).toEqual([]);
          return;
        }
        const covered = parts.flatMap((part) =>
          Array.from({ length: part.last - part.first + 1 }, (_, i) => part.first + i),
        );
        expect(covered).toEqual(Array.from({ length: count }, (_, i) => i));
        expect(parts.map((part) => part.number)).toEqual(parts.map((_, i) => i + 1));
        expect(parts.every((part) => part.last - part.first + 1 <= perPart)).toBe(true);
        expect(parts.slice(0, -1).every((part) => part.last - part.first + 1 === perPart)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a count or a part size that is not a whole, positive number, naming it', () => {
    expect(() => catalogPrintParts(-1)).toThrow('a catalog has a whole number of guardrails, not -1');
    expect(() => catalogPrintParts(2.5)).toThrow('not 2.5');
    expect(() => catalogPrintParts(10, 0)).toThrow('a print part holds at least one guardrail');
  });

  it('gives each part an address under the whole guide’s print page', () => {
    expect(catalogPrintRoute(3)).toBe(`${ROUTES.print}guardrails/3/`);
  });
});
