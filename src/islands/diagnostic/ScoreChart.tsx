/** Ranked constraint scores as an accessible bar chart: a table whose bars are <meter>s, numbers visible. */
import type { ConstraintId } from '../../lib/constraints';
import type { Scores } from '../../lib/diagnostic/scoring';
import type { ConstraintInfo } from './types';
import { signedChange } from '../../lib/diagnostic/compare';
import ScrollBox from '../ScrollBox';

interface Props {
  /** Scored constraints, highest first, as the run's question set orders ties. */
  ranking: readonly { id: ConstraintId; score: number }[];
  scores: Scores;
  constraints: readonly ConstraintInfo[];
  caption: string;
  /** Change since the previous run, per constraint. */
  changes?: Record<ConstraintId, number | null> | undefined;
}

export default function ScoreChart({ ranking: ranked, scores, constraints, caption, changes }: Props) {
  const name = (id: ConstraintId) => constraints.find((c) => c.id === id)?.name ?? id;
  const unscored = constraints.filter((c) => scores[c.id] === null);
  return (
    <ScrollBox label={caption} name="score-chart-box">
      <table class="score-chart">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Constraint</th>
            <th scope="col">Score (0–100)</th>
            {changes && <th scope="col">Since last run</th>}
          </tr>
        </thead>
        <tbody>
          {ranked.map(({ id, score }) => (
            <tr key={id} data-constraint={id}>
              <th scope="row">{name(id)}</th>
              <td>
                <meter
                  min={0}
                  max={100}
                  low={40}
                  high={60}
                  optimum={0}
                  value={score}
                  aria-label={`${name(id)}: ${score} of 100`}
                />{' '}
                <span class="score" data-score>
                  {score}
                </span>
              </td>
              {changes && (
                <td>{changes[id] === null || changes[id] === undefined ? '—' : signedChange(changes[id]!)}</td>
              )}
            </tr>
          ))}
          {unscored.map((c) => (
            <tr key={c.id} data-constraint={c.id}>
              <th scope="row">{c.name}</th>
              <td>no answer</td>
              {changes && <td>—</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
