/**
 * What the address asks of the canvas page when it opens: a canvas someone shared (`#canvas=…`, shown read-only) or a
 * probe to start for a constraint (`?constraint=…`, from a constraint page's "Plan a probe"), handled once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Canvas } from '../../lib/canvas/model';
import { parsePrefill } from '../../lib/canvas/prefill';
import type { DecodedCanvasShare } from '../../lib/canvas/share';
import { CANVAS_LIST_FULL, startProbe } from '../../stores/canvas';
import type { CanvasConstraintInfo, CanvasGuardrailInfo } from './types';

export function useArrival(
  constraints: readonly CanvasConstraintInfo[],
  guardrails: readonly CanvasGuardrailInfo[],
  onProbeStarted: (canvas: Canvas | undefined, message: string) => void,
): [DecodedCanvasShare | undefined, (shared: DecodedCanvasShare | undefined) => void] {
  const [shared, setShared] = useState<DecodedCanvasShare | undefined>();
  useEffect(() => {
    // Share links are rare: their codec loads only when one arrives.
    if (location.hash.includes('canvas=')) {
      void import('../../lib/canvas/share').then(({ decodeCanvasShare }) =>
        setShared(decodeCanvasShare(location.hash)),
      );
    }
    const prefill = parsePrefill(
      location.search,
      guardrails.map((g) => g.id),
    );
    if (!prefill) return;
    // Removed from the address, so a reload does not start a second canvas.
    history.replaceState(null, '', location.pathname + location.hash);
    const constraint = constraints.find((c) => c.id === prefill.constraint)!;
    const suggested = prefill.guardrail ?? guardrails.find((g) => g.constraints.includes(prefill.constraint))?.id;
    const canvas = startProbe({ ...constraint, id: prefill.constraint }, suggested);
    onProbeStarted(
      canvas,
      canvas
        ? `Started a canvas for ${constraint.name}, with its smallest useful disequilibrium as the mechanism.`
        : CANVAS_LIST_FULL,
    );
  }, []);
  return [shared, setShared];
}
