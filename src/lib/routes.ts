/**
 * Every internal URL of the site, in one place, as a site-root path (no base). Pages turn a route into a link with
 * `link()` (src/data/link.ts), which adds the base path; nothing else in src/ spells a route out.
 * These paths are public URLs: keep them stable.
 */
import { guardrailFilterQuery } from './guardrails';
import type { ConstraintId } from './constraints';

export const ESSAY_ID = 'ticket-factory-to-impact';

export const ROUTES = {
  home: '/',
  essay: `/essay/${ESSAY_ID}/`,
  constraints: '/constraints/',
  guardrails: '/guardrails/',
  diagnostic: '/tools/diagnostic/',
  diagnosticMethod: '/tools/diagnostic/method/',
  /** The blind sort's reviewers, rounds and dropped statements: the method page's detail. */
  diagnosticBlindSort: '/tools/diagnostic/method/blind-sort/',
  /** Older question sets' statements: `<this>/<version>.json`. */
  diagnosticQuestionSets: '/tools/diagnostic/question-sets/',
  diagnosticTieBreaks: '/tools/diagnostic/tie-breaks.json',
  /** Room mode: one statement on the wall, the room's vote counts typed in. */
  diagnosticRoom: '/tools/diagnostic/room/',
  checklistRoom: '/tools/health-checklist/room/',
  canvas: '/tools/impact-chain-canvas/',
  checklist: '/tools/health-checklist/',
  search: '/search/',
  yourData: '/your-data/',
  /** The whole guide on one page, for paper (the catalog apart once it is large: lib/print-parts). */
  print: '/print/',
  pagefind: '/pagefind/pagefind.js',
} as const;

/** A section of the essay, by heading id. */
export const essaySection = (headingId: string): string => `${ROUTES.essay}#${headingId}`;
export const essayRoute = (id: string): string => `/essay/${id}/`;
export const appendixRoute = (id: string): string => `/appendices/${id}/`;
export const constraintRoute = (id: string, section?: string): string =>
  `/constraints/${id}/${section ? `#${section}` : ''}`;
export const guardrailRoute = (id: string): string => `/guardrails/${id}/`;
/** One print part of a large guardrails catalog (see lib/print-parts), numbered from 1. */
export const catalogPrintRoute = (part: number): string => `${ROUTES.print}guardrails/${part}/`;
/** The catalog filtered to one constraint. */
export const guardrailsFor = (constraint: ConstraintId): string =>
  `${ROUTES.guardrails}${guardrailFilterQuery({ constraint, text: '' })}`;
/** A new canvas, pre-filled from a query such as `?constraint=…` (see lib/canvas/prefill). */
export const canvasWith = (query: string): string => `${ROUTES.canvas}${query}`;
