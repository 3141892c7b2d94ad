import { isConstraintId, type ConstraintId } from './constraints';

/** How a guardrail works on a team: the catalog filters by these. */
export const GUARDRAIL_KINDS = ['policy', 'ritual', 'metric', 'structure', 'automation'] as const;
export type GuardrailKind = (typeof GUARDRAIL_KINDS)[number];

/** Rough cost to start: small means one person can start it this week. */
export const GUARDRAIL_EFFORTS = ['small', 'medium', 'large'] as const;
export type GuardrailEffort = (typeof GUARDRAIL_EFFORTS)[number];

/** The catalog's filter: every field optional; `text` matches name, summary and constraint names. */
export interface GuardrailFilter {
  constraint?: ConstraintId;
  kind?: GuardrailKind;
  effort?: GuardrailEffort;
  text: string;
}

/** What the filter needs to know about one guardrail card. */
export interface GuardrailCard {
  constraints: readonly string[];
  kind: string;
  effort: string;
  /** Searchable text: name, summary, constraint names. */
  text: string;
}

/** Longest text filter kept from a URL: enough for any real query, short enough to keep URLs sane. */
export const MAX_FILTER_TEXT = 100;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** Reads the filter from a URL query string. Unknown or malformed values are ignored, never an error. */
export function parseGuardrailFilter(search: string): GuardrailFilter {
  const params = new URLSearchParams(search);
  const constraint = params.get('constraint');
  const kind = oneOf(GUARDRAIL_KINDS, params.get('kind'));
  const effort = oneOf(GUARDRAIL_EFFORTS, params.get('effort'));
  const filter: GuardrailFilter = { text: (params.get('q') ?? '').trim().slice(0, MAX_FILTER_TEXT) };
  if (isConstraintId(constraint)) filter.constraint = constraint;
  if (kind) filter.kind = kind;
  if (effort) filter.effort = effort;
  return filter;
}

/** The query string for a filter ('' when nothing is filtered), in a fixed key order so links are stable. */
export function guardrailFilterQuery(filter: GuardrailFilter): string {
  const params = new URLSearchParams();
  if (filter.constraint) params.set('constraint', filter.constraint);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.effort) params.set('effort', filter.effort);
  if (filter.text.trim()) params.set('q', filter.text.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a card passes the filter. Text matching is case-insensitive and needs every word. */
export function matchesGuardrailFilter(card: GuardrailCard, filter: GuardrailFilter): boolean {
  if (filter.constraint && !card.constraints.includes(filter.constraint)) return false;
  if (filter.kind && card.kind !== filter.kind) return false;
  if (filter.effort && card.effort !== filter.effort) return false;
  const haystack = card.text.toLocaleLowerCase('en');
  return filter.text
    .toLocaleLowerCase('en')
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** The live-region sentence after filtering. */
export function guardrailCountMessage(shown: number, total: number): string {
  if (shown === total) return `Showing all ${total} guardrails.`;
  if (shown === 0) return `No guardrails match these filters.`;
  return `Showing ${shown} of ${total} guardrails.`;
}
