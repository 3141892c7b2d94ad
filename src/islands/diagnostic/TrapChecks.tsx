/** The essay's Coordination Trap quick checks as their own yes/no step, in the author's words. */
import type { TrapAnswers } from '../../lib/tools/diagnostic-data';
import { answerTrapCheck } from '../../stores/diagnostic';
import type { TrapCheckInfo } from './types';

interface Props {
  checks: readonly TrapCheckInfo[];
  answers: TrapAnswers;
}

export default function TrapChecks({ checks, answers }: Props) {
  if (checks.length === 0) return null;
  return (
    <section class="trap-checks" aria-labelledby="trap-title">
      <h3 id="trap-title">The Coordination Trap check</h3>
      <p>
        The essay’s own quick checks for an equilibrium trap. They are not part of the scores: answer yes if the symptom
        describes your team.
      </p>
      {checks.map((check) => (
        <fieldset class="question trap-check" key={check.id} data-trap-check={check.id}>
          <legend>
            {check.symptom} <span class="hint">(the essay then asks: {check.question})</span>
          </legend>
          <div class="scale">
            {[
              { present: true, label: 'Yes' },
              { present: false, label: 'No' },
            ].map(({ present, label }) => (
              <label key={label}>
                <input
                  type="radio"
                  name={`trap-${check.id}`}
                  value={present ? 'yes' : 'no'}
                  checked={answers[check.id] === present}
                  onChange={() => answerTrapCheck(check.id, present)}
                />{' '}
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </section>
  );
}
