/** "Plan a probe": the canvas a constraint page starts, pre-filled from the constraint and a guardrail for it. */
import type { ConstraintId } from '../constraints';
import { createCanvas, type Canvas } from './model';

/** What a probe canvas needs to know of its constraint. */
export interface ProbeConstraint {
  id: ConstraintId;
  name: string;
  smallestDisequilibrium: string;
}

/**
 * A new canvas named for the constraint, whose mechanism starts from the constraint's smallest useful
 * disequilibrium and whose guardrail is the one chosen (or none).
 */
export function probeCanvas(
  constraint: ProbeConstraint,
  guardrailId: string | undefined,
  id: string,
  now: Date,
): Canvas {
  const canvas = createCanvas(id, now, `Probe: ${constraint.name}`);
  return {
    ...canvas,
    constraint: constraint.id,
    mechanism: { ...canvas.mechanism, because: constraint.smallestDisequilibrium },
    guardrails: guardrailId ? [guardrailId] : [],
  };
}
