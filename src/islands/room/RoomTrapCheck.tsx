/** The room's Coordination Trap check: how many saw each of the essay's symptoms, and the essay's question when half did. */
import type { ConstraintId } from '../../lib/constraints';
import type { DiagnosticRoomResult } from '../../lib/room/diagnostic-room';
import type { ConstraintInfo, TrapCheckInfo } from '../diagnostic/types';

interface Props {
  checks: readonly TrapCheckInfo[];
  result: DiagnosticRoomResult;
  info: (id: ConstraintId) => ConstraintInfo | undefined;
}

export default function RoomTrapCheck({ checks, result, info }: Props) {
  const present = checks.filter((check) => result.trapPresent.includes(check.id));
  const nameOf = (id: ConstraintId) => info(id)?.name ?? id;
  return (
    <>
      <h3>The Coordination Trap check</h3>
      {present.length > 0 ? (
        <p data-trap-result="present">
          <strong>The room may be in a coordination trap.</strong> At least half the room saw{' '}
          {present.length === 1 ? 'this symptom' : 'these symptoms'}; the essay asks:
        </p>
      ) : (
        <p data-trap-result="absent">No symptom was seen by half the room or more.</p>
      )}
      <ul class="room-trap">
        {checks.map((check) => {
          const counts = result.trap.find((t) => t.id === check.id)!;
          return (
            <li key={check.id}>
              {check.symptom}: {counts.yes} yes, {counts.no} no
              {result.trapPresent.includes(check.id) && (
                <>
                  {' '}
                  (<em>{check.question}</em> See{' '}
                  {check.constraints.map((id, i) => (
                    <>
                      {i > 0 && ' and '}
                      <a href={info(id)?.href}>{nameOf(id)}</a>
                    </>
                  ))}
                  .)
                </>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
