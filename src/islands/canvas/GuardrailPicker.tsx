/** The guardrails a canvas plans to use: the ones for its constraint first, the rest behind a disclosure. */
import { LIMITS, type Canvas } from '../../lib/canvas/model';
import type { CanvasGuardrailInfo } from './types';

interface Props {
  canvas: Canvas;
  guardrails: readonly CanvasGuardrailInfo[];
  onToggle: (guardrailId: string) => void;
}

export default function GuardrailPicker({ canvas, guardrails, onToggle }: Props) {
  const relevant = guardrails.filter((g) => canvas.constraint !== null && g.constraints.includes(canvas.constraint));
  const others = guardrails.filter((g) => !relevant.includes(g));
  const guardrailBox = (g: CanvasGuardrailInfo) => (
    <label key={g.id} class="check">
      <input type="checkbox" checked={canvas.guardrails.includes(g.id)} onChange={() => onToggle(g.id)} /> {g.name}
    </label>
  );
  return (
    <fieldset class="guardrail-picker">
      <legend>Guardrails (up to {LIMITS.guardrails})</legend>
      {relevant.length > 0 && <div class="checks">{relevant.map(guardrailBox)}</div>}
      <details>
        <summary>{relevant.length > 0 ? 'Other guardrails' : 'All guardrails'}</summary>
        <div class="checks">{others.map(guardrailBox)}</div>
      </details>
    </fieldset>
  );
}
