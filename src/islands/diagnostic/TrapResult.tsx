/** The Coordination Trap check on a result: apart from the scores, what the essay's quick checks found. */
import type { TrapAnswers } from '../../lib/tools/diagnostic-data';
import type { ConstraintInfo, TrapCheckInfo } from './types';

interface Props {
  trap: TrapAnswers;
  checks: readonly TrapCheckInfo[];
  constraints: readonly ConstraintInfo[];
}

export default function TrapResult({ trap, checks, constraints }: Props) {
  const answered = checks.filter((check) => trap[check.id] !== undefined);
  if (answered.length === 0) return null;
  const present = answered.filter((check) => trap[check.id] === true);
  return (
    <div class="trap-result" data-trap-result={present.length > 0 ? 'present' : 'absent'}>
      <h3>The Coordination Trap check</h3>
      {present.length === 0 ? (
        <p>None of the essay’s quick checks you answered describes your team.</p>
      ) : (
        <>
          <p>
            <strong>You may be in a coordination trap.</strong> {present.length === 1 ? 'One' : present.length} of the
            essay’s quick checks {present.length === 1 ? 'describes' : 'describe'} your team. Each comes with the
            question the essay asks of it:
          </p>
          <ul>
            {present.map((check) => (
              <li key={check.id}>
                {check.symptom}: <em>{check.question}</em> (see{' '}
                {check.constraints.map((id, index) => {
                  const info = constraints.find((c) => c.id === id);
                  return (
                    <>
                      {index > 0 && ' and '}
                      <a href={info?.href}>{info?.name ?? id}</a>
                    </>
                  );
                })}
                )
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
