/**
 * What the address asks of the canvas page when it opens: a canvas someone shared (`#canvas=…`, shown read-only) or a
 * probe to start for a constraint (`?constraint=…`, from a constraint page's "Plan a probe"), handled once. The code
 * for either loads only when the address asks for it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Canvas } from '../../lib/canvas/model';
import type { DecodedCanvasShare } from '../../lib/canvas/share';
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
      void import('../../lib/canvas/share').then((share) => setShared(share.decodeCanvasShare(location.hash)));
    }
    // So are probe links: the probe code loads only when the address has a query.
    if (!location.search) return;
    void import('../../stores/canvas-probe').then((probe) => {
      const started = probe.startProbeFromAddress(location.search, constraints, guardrails);
      if (!started) return;
      // Removed from the address, so a reload does not start a second canvas.
      history.replaceState(null, '', location.pathname + location.hash);
      onProbeStarted(started.canvas, started.message);
    });
  }, []);
  return [shared, setShared];
}
