/** A canvas opened from a share link: shown read-only, with a way to keep a copy. */
import type { Canvas } from '../../lib/canvas/model';
import type { CanvasConstraintInfo, CanvasGuardrailInfo } from './types';

interface Props {
  canvas: Canvas;
  constraints: readonly CanvasConstraintInfo[];
  guardrails: readonly CanvasGuardrailInfo[];
  onSave: () => void;
}

const show = (text: string) => (text.trim() === '' ? '—' : text);

export default function CanvasReadOnly({ canvas, constraints, guardrails, onSave }: Props) {
  const rows: [string, [string, string][]][] = [
    [
      'Aim',
      [
        ['Outcome', canvas.aim.outcome],
        ['For whom', canvas.aim.forWhom],
        ['By when', canvas.aim.byWhen],
      ],
    ],
    [
      'Mechanism of action',
      [
        ['Because', canvas.mechanism.because],
        ['We expect', canvas.mechanism.weExpect],
        ['Assumptions', canvas.mechanism.assumptions],
      ],
    ],
    [
      'Feedback',
      [
        ['Leading signal', canvas.feedback.leadingSignal],
        ['Lagging outcome', canvas.feedback.laggingOutcome],
        ['Measure', canvas.feedback.measure],
        ['Threshold', canvas.feedback.threshold],
        ['Kill criterion', canvas.feedback.killCriterion],
        ['Revisit by', canvas.feedback.revisitBy],
      ],
    ],
  ];
  return (
    <section class="canvas-shared" aria-labelledby="shared-title" data-canvas-shared>
      <h2 id="shared-title">{canvas.name}</h2>
      <p>
        A shared canvas, read-only. Owner: {show(canvas.owner)}. Constraint:{' '}
        {constraints.find((c) => c.id === canvas.constraint)?.name ?? '—'}.
      </p>
      <ol class="chain">
        {rows.map(([title, fields]) => (
          <li class="link" key={title}>
            <h3>{title}</h3>
            <dl>
              {fields.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{show(value)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
      <p>
        Guardrails: {canvas.guardrails.map((id) => guardrails.find((g) => g.id === id)?.name ?? id).join(', ') || '—'}
      </p>
      <p class="tool-actions no-print">
        <button type="button" class="button primary" onClick={onSave}>
          Save a copy to my canvases
        </button>
      </p>
    </section>
  );
}
