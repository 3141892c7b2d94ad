/**
 * One canvas: aim → mechanism → feedback as a chain, with hints beside it, guardrails and a decision log. The hints
 * and the decision log load as they come into view or at the first input (`Deferred`).
 */
import {
  FIELD_LIMITS,
  LIMITS,
  rename,
  setConstraint,
  setField,
  setOwner,
  toggleGuardrail,
  type Canvas,
  type FieldOf,
  type Section,
} from '../../lib/canvas/model';
import { updateCanvas } from '../../stores/canvas';
import Deferred from '../Deferred';
import Field from './Field';
import GuardrailPicker from './GuardrailPicker';
import type { CanvasConstraintInfo, CanvasGuardrailInfo } from './types';

interface Props {
  canvas: Canvas;
  constraints: readonly CanvasConstraintInfo[];
  guardrails: readonly CanvasGuardrailInfo[];
  today: string;
}

export default function CanvasEditor({ canvas, constraints, guardrails, today }: Props) {
  const change = (fn: (c: Canvas, now: Date) => Canvas) => updateCanvas(canvas.id, (c) => fn(c, new Date()));
  const field = <S extends Section>(
    section: S,
    name: FieldOf<S>,
    label: string,
    options: { multiline?: boolean; date?: boolean; hint?: string } = {},
  ) => (
    <Field
      id={`${section}-${name}`}
      label={label}
      value={(canvas[section] as Record<string, string>)[name] ?? ''}
      max={(FIELD_LIMITS[section] as Record<string, number>)[name]!}
      multiline={options.multiline ?? false}
      type={options.date ? 'date' : 'text'}
      {...(options.hint ? { hint: options.hint } : {})}
      onInput={(value) => change((c, now) => setField(c, section, name, value, now))}
    />
  );
  return (
    <div class="canvas-editor" data-canvas={canvas.id}>
      <div class="canvas-meta">
        <Field
          id="canvas-name"
          label="Initiative"
          value={canvas.name}
          max={LIMITS.name}
          onInput={(v) => change((c, now) => rename(c, v, now))}
        />
        <Field
          id="canvas-owner"
          label="Owner"
          value={canvas.owner}
          max={LIMITS.owner}
          onInput={(v) => change((c, now) => setOwner(c, v, now))}
        />
        <div class="field">
          <label for="canvas-constraint">Constraint it addresses</label>
          <select
            id="canvas-constraint"
            value={canvas.constraint ?? ''}
            onChange={(e) => change((c, now) => setConstraint(c, (e.currentTarget as HTMLSelectElement).value, now))}
          >
            <option value="">Not chosen yet</option>
            {constraints.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div class="chain-layout">
        <ol class="chain">
          <li class="link">
            <h2 id="part-aim">Aim</h2>
            {field('aim', 'outcome', 'Outcome', {
              multiline: true,
              hint: 'What will be different, in the world, if this works?',
            })}
            {field('aim', 'forWhom', 'For whom')}
            {field('aim', 'byWhen', 'By when', { date: true })}
          </li>
          <li class="link">
            <h2 id="part-mechanism">Mechanism of action</h2>
            {field('mechanism', 'because', 'Because…', {
              multiline: true,
              hint: 'What we will do, and why it should cause the outcome.',
            })}
            {field('mechanism', 'weExpect', '…we expect', { multiline: true })}
            {field('mechanism', 'assumptions', 'Assumptions', { multiline: true })}
          </li>
          <li class="link">
            <h2 id="part-feedback">Feedback</h2>
            {field('feedback', 'leadingSignal', 'Leading signal', {
              multiline: true,
              hint: 'The early sign, within weeks, that the mechanism works or fails.',
            })}
            {field('feedback', 'laggingOutcome', 'Lagging outcome', { multiline: true })}
            {field('feedback', 'measure', 'Measure')}
            {field('feedback', 'threshold', 'Threshold')}
            {field('feedback', 'killCriterion', 'Kill criterion', {
              multiline: true,
              hint: 'What result makes you stop?',
            })}
            {field('feedback', 'revisitBy', 'Revisit by', { date: true })}
          </li>
        </ol>
        <Deferred load={() => import('./ChainChecks')} props={{ canvas, today }} />
      </div>

      <GuardrailPicker
        canvas={canvas}
        guardrails={guardrails}
        onToggle={(id) => change((c, now) => toggleGuardrail(c, id, now))}
      />

      <Deferred load={() => import('./DecisionLog')} props={{ canvas, today }} />
    </div>
  );
}
