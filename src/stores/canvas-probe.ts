/**
 * "Plan a probe" arrivals: a link from a constraint page or a diagnostic result (`?constraint=…&guardrail=…`) starts a
 * pre-filled canvas. Apart from the canvas store because only such an arrival needs it: the page loads it on demand.
 */
import type { Canvas } from '../lib/canvas/model';
import { parsePrefill } from '../lib/canvas/prefill';
import { probeCanvas, type ProbeConstraint } from '../lib/canvas/probe';
import { addCanvas, CANVAS_LIST_FULL, newCanvasId } from './canvas';

/** Starts a pre-filled probe canvas for a constraint and opens it; undefined when the list is full. */
export function startProbe(
  constraint: ProbeConstraint,
  guardrailId: string | undefined,
  now = new Date(),
): Canvas | undefined {
  const canvas = probeCanvas(constraint, guardrailId, newCanvasId(now), now);
  return addCanvas(canvas) ? canvas : undefined;
}

/** What the address asks for, among the constraints and guardrails the page knows; undefined when nothing valid. */
export function startProbeFromAddress(
  search: string,
  constraints: readonly (Omit<ProbeConstraint, 'id'> & { id: string })[],
  guardrails: readonly { id: string; constraints: readonly string[] }[],
): { canvas: Canvas | undefined; message: string } | undefined {
  const prefill = parsePrefill(
    search,
    guardrails.map((g) => g.id),
  );
  const constraint = prefill && constraints.find((c) => c.id === prefill.constraint);
  if (!prefill || !constraint) return undefined;
  const suggested = prefill.guardrail ?? guardrails.find((g) => g.constraints.includes(prefill.constraint))?.id;
  const canvas = startProbe({ ...constraint, id: prefill.constraint }, suggested);
  return {
    canvas,
    message: canvas
      ? `Started a canvas for ${constraint.name}, with its smallest useful disequilibrium as the mechanism.`
      : CANVAS_LIST_FULL,
  };
}
