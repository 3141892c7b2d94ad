import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../src/lib/constraints';
import {
  GUARDRAIL_EFFORTS,
  GUARDRAIL_KINDS,
  MAX_FILTER_TEXT,
  guardrailCountMessage,
  guardrailFilterQuery,
  matchesGuardrailFilter,
  parseGuardrailFilter,
  type GuardrailFilter,
} from '../../src/lib/guardrails';

const card = {
  constraints: ['coordination-friction', 'social-stasis'],
  kind: 'ritual',
  effort: 'small',
  text: 'Stop-the-line rule Anyone can pause shared work Coordination Friction Social Stasis',
};

describe('guardrail filter URL', () => {
  it('reads a shared constraint link', () => {
    expect(parseGuardrailFilter('?constraint=coordination-friction')).toEqual({
      constraint: 'coordination-friction',
      text: '',
    });
  });

  it('ignores unknown values instead of failing', () => {
    expect(parseGuardrailFilter('?constraint=nope&kind=vibes&effort=huge&other=1')).toEqual({ text: '' });
  });

  it('caps the text filter', () => {
    expect(parseGuardrailFilter(`?q=${'a'.repeat(500)}`).text).toHaveLength(MAX_FILTER_TEXT);
  });

  it('writes nothing for an empty filter and a fixed key order otherwise', () => {
    expect(guardrailFilterQuery({ text: ' ' })).toBe('');
    expect(
      guardrailFilterQuery({ text: 'andon cord', effort: 'small', constraint: 'social-stasis', kind: 'ritual' }),
    ).toBe('?constraint=social-stasis&kind=ritual&effort=small&q=andon+cord');
  });

  it('round-trips every filter: parse(query(state)) = state', () => {
    const filter = fc.record(
      {
        constraint: fc.constantFrom(...CONSTRAINT_IDS),
        kind: fc.constantFrom(...GUARDRAIL_KINDS),
        effort: fc.constantFrom(...GUARDRAIL_EFFORTS),
        text: fc.string({ maxLength: MAX_FILTER_TEXT }).map((s) => s.trim()),
      },
      { requiredKeys: ['text'] },
    );
    fc.assert(
      fc.property(filter, (state) => {
        expect(parseGuardrailFilter(guardrailFilterQuery(state as GuardrailFilter))).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any query string into a valid filter, never throwing (2,000 strings)', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const filter = parseGuardrailFilter(query);
        // Only known values survive, the text is capped, and the filter is stable through its own URL.
        expect([undefined, ...CONSTRAINT_IDS]).toContain(filter.constraint);
        expect([undefined, ...GUARDRAIL_KINDS]).toContain(filter.kind);
        expect([undefined, ...GUARDRAIL_EFFORTS]).toContain(filter.effort);
        expect(filter.text.length).toBeLessThanOrEqual(MAX_FILTER_TEXT);
        expect(parseGuardrailFilter(guardrailFilterQuery(filter))).toEqual(filter);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('guardrail filter matching', () => {
  it('matches everything when nothing is filtered', () => {
    expect(matchesGuardrailFilter(card, { text: '' })).toBe(true);
  });

  it('filters by constraint, kind and effort', () => {
    expect(matchesGuardrailFilter(card, { constraint: 'social-stasis', text: '' })).toBe(true);
    expect(matchesGuardrailFilter(card, { constraint: 'temporal-myopia', text: '' })).toBe(false);
    expect(matchesGuardrailFilter(card, { kind: 'metric', text: '' })).toBe(false);
    expect(matchesGuardrailFilter(card, { effort: 'large', text: '' })).toBe(false);
  });

  it('needs every word of the text, in any case and order', () => {
    expect(matchesGuardrailFilter(card, { text: 'PAUSE stop' })).toBe(true);
    expect(matchesGuardrailFilter(card, { text: 'pause dashboard' })).toBe(false);
  });
});

describe('count message', () => {
  it('says all, some or none', () => {
    expect(guardrailCountMessage(26, 26)).toBe('Showing all 26 guardrails.');
    expect(guardrailCountMessage(5, 26)).toBe('Showing 5 of 26 guardrails.');
    expect(guardrailCountMessage(0, 26)).toBe('No guardrails match these filters.');
  });
});
