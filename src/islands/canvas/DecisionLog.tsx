/** The canvas's decision log: what was decided, when and why, with a form to log the next decision. */
import { useState } from 'preact/hooks';
import { LIMITS, addDecision, removeDecision, type Canvas } from '../../lib/canvas/model';
import { updateCanvas } from '../../stores/canvas';
import Field from './Field';

interface Props {
  canvas: Canvas;
  today: string;
}

export default function DecisionLog({ canvas, today }: Props) {
  const change = (fn: (c: Canvas, now: Date) => Canvas) => updateCanvas(canvas.id, (c) => fn(c, new Date()));
  const [draft, setDraft] = useState({ date: today, decision: '', why: '' });
  return (
    <section class="decisions" aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decision log</h2>
      {canvas.decisions.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Decision</th>
              <th scope="col">Why</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {canvas.decisions.map((d, i) => (
              <tr key={`${d.date}-${i}`}>
                <td>{d.date}</td>
                <td>{d.decision}</td>
                <td>{d.why}</td>
                <td>
                  <button
                    type="button"
                    class="button no-print"
                    onClick={() => change((c, now) => removeDecision(c, i, now))}
                  >
                    Remove<span class="visually-hidden"> decision {i + 1}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        class="decision-form no-print"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.decision.trim() === '') return;
          change((c, now) => addDecision(c, draft, now));
          setDraft({ date: today, decision: '', why: '' });
        }}
      >
        <Field
          id="decision-date"
          label="Date"
          type="date"
          value={draft.date}
          max={10}
          onInput={(date) => setDraft({ ...draft, date })}
        />
        <Field
          id="decision-text"
          label="Decision"
          value={draft.decision}
          max={LIMITS.decision}
          onInput={(decision) => setDraft({ ...draft, decision })}
        />
        <Field
          id="decision-why"
          label="Why"
          value={draft.why}
          max={LIMITS.decision}
          onInput={(why) => setDraft({ ...draft, why })}
        />
        <button type="submit" class="button">
          Log decision
        </button>
      </form>
    </section>
  );
}
