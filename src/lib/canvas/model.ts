/**
 * The Impact Chain Canvas: one initiative's aim, mechanism of action and feedback on one page, with the
 * constraint it addresses, its guardrails and a decision log. Pure operations: each returns a new canvas.
 */
import { isConstraintId, type ConstraintId } from '../constraints';

export type Aim = {
  outcome: string;
  forWhom: string;
  /** YYYY-MM-DD or empty. */
  byWhen: string;
};

export type Mechanism = {
  /** "Because …" */
  because: string;
  /** "… we expect …" */
  weExpect: string;
  assumptions: string;
};

export type Feedback = {
  leadingSignal: string;
  laggingOutcome: string;
  measure: string;
  threshold: string;
  killCriterion: string;
  /** YYYY-MM-DD or empty. */
  revisitBy: string;
};

export interface Decision {
  date: string;
  decision: string;
  why: string;
}

export interface Canvas {
  id: string;
  name: string;
  owner: string;
  createdAt: string;
  updatedAt: string;
  aim: Aim;
  mechanism: Mechanism;
  feedback: Feedback;
  constraint: ConstraintId | null;
  guardrails: string[];
  decisions: Decision[];
}

/** Character limits per field: room for a real answer, short enough for one printed page. */
export const LIMITS = {
  name: 80,
  owner: 80,
  short: 160,
  long: 500,
  assumptions: 800,
  decision: 300,
  decisions: 30,
  guardrails: 12,
} as const;

/** Which limit applies to each text field, by section. */
export const FIELD_LIMITS = {
  aim: { outcome: LIMITS.long, forWhom: LIMITS.short, byWhen: 10 },
  mechanism: { because: LIMITS.long, weExpect: LIMITS.long, assumptions: LIMITS.assumptions },
  feedback: {
    leadingSignal: LIMITS.long,
    laggingOutcome: LIMITS.long,
    measure: LIMITS.short,
    threshold: LIMITS.short,
    killCriterion: LIMITS.long,
    revisitBy: 10,
  },
} as const;

export type Section = keyof typeof FIELD_LIMITS;
export type FieldOf<S extends Section> = keyof (typeof FIELD_LIMITS)[S] & string;

/** Trims nothing, but never keeps more than `max` characters. */
export function cap(text: string, max: number): string {
  return [...text].slice(0, max).join('');
}

/** A new, empty canvas. */
export function createCanvas(id: string, now: Date, name = 'Untitled initiative'): Canvas {
  const at = now.toISOString();
  return {
    id,
    name: cap(name, LIMITS.name),
    owner: '',
    createdAt: at,
    updatedAt: at,
    aim: { outcome: '', forWhom: '', byWhen: '' },
    mechanism: { because: '', weExpect: '', assumptions: '' },
    feedback: { leadingSignal: '', laggingOutcome: '', measure: '', threshold: '', killCriterion: '', revisitBy: '' },
    constraint: null,
    guardrails: [],
    decisions: [],
  };
}

const touched = (canvas: Canvas, now: Date): Canvas => ({ ...canvas, updatedAt: now.toISOString() });

/** Sets one text field of a section, capped to its limit. */
export function setField<S extends Section>(
  canvas: Canvas,
  section: S,
  field: FieldOf<S>,
  value: string,
  now: Date,
): Canvas {
  const max = (FIELD_LIMITS[section] as Record<string, number>)[field]!;
  return touched({ ...canvas, [section]: { ...canvas[section], [field]: cap(value, max) } }, now);
}

export function rename(canvas: Canvas, name: string, now: Date): Canvas {
  return touched({ ...canvas, name: cap(name, LIMITS.name) }, now);
}

export function setOwner(canvas: Canvas, owner: string, now: Date): Canvas {
  return touched({ ...canvas, owner: cap(owner, LIMITS.owner) }, now);
}

export function setConstraint(canvas: Canvas, constraint: string, now: Date): Canvas {
  return touched({ ...canvas, constraint: isConstraintId(constraint) ? constraint : null }, now);
}

/** Adds or removes a guardrail (at most LIMITS.guardrails). */
export function toggleGuardrail(canvas: Canvas, guardrail: string, now: Date): Canvas {
  const has = canvas.guardrails.includes(guardrail);
  if (!has && canvas.guardrails.length >= LIMITS.guardrails) return canvas;
  return touched(
    {
      ...canvas,
      guardrails: has ? canvas.guardrails.filter((g) => g !== guardrail) : [...canvas.guardrails, guardrail],
    },
    now,
  );
}

/** Appends a decision to the log (at most LIMITS.decisions; the oldest are kept). */
export function addDecision(canvas: Canvas, decision: Decision, now: Date): Canvas {
  if (canvas.decisions.length >= LIMITS.decisions) return canvas;
  const entry = {
    date: cap(decision.date, 10),
    decision: cap(decision.decision, LIMITS.decision),
    why: cap(decision.why, LIMITS.decision),
  };
  return touched({ ...canvas, decisions: [...canvas.decisions, entry] }, now);
}

export function removeDecision(canvas: Canvas, index: number, now: Date): Canvas {
  return touched({ ...canvas, decisions: canvas.decisions.filter((_, i) => i !== index) }, now);
}

/** A copy under a new id and name, dated now. */
export function duplicate(canvas: Canvas, id: string, now: Date): Canvas {
  const at = now.toISOString();
  return {
    ...structuredClone(canvas),
    id,
    name: cap(`${canvas.name} (copy)`, LIMITS.name),
    createdAt: at,
    updatedAt: at,
  };
}
