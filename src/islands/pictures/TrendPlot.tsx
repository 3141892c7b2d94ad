/**
 * How each constraint's score moved across the runs kept in this browser: one small chart per constraint, in the
 * essay's order, the runs evenly spaced oldest to newest, a dashed mark where the question set changed. The scores of
 * every run are in a table behind a disclosure.
 */
import { CONSTRAINT_IDS } from '../../lib/constraints';
import { TREND, layOutTrend, type TrendRun } from '../../lib/pictures/trend';
import { signedChange } from '../../lib/diagnostic/compare';
import ScrollBox from '../ScrollBox';

interface Props {
  runs: readonly TrendRun[];
  nameOf: (id: string) => string;
}

import { distinctDateLabels } from '../../lib/dates';

export default function TrendPlot({ runs, nameOf }: Props) {
  const layout = layOutTrend(runs);
  if (layout.kind === 'too-few') {
    return (
      <p class="hint" data-trend-empty>
        After your next run, a small chart per constraint will show how its score moved from run to run.
      </p>
    );
  }
  const ordered = [...runs].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  // Runs on the same day are told apart by their times, in the caption and in the table's headings.
  const labels = distinctDateLabels(ordered.map((run) => run.finishedAt));
  const [from, to] = distinctDateLabels([layout.from, layout.to]);
  const changes = layout.setChanges;
  return (
    <figure class="picture trend" data-picture="trend">
      <figcaption id="trend-caption">
        How each score moved over your {runs.length} runs, from {from} to {to}, oldest on the left.
        {changes.length > 0 &&
          ` The dashed line marks where the statements changed (question set ${changes.map((c) => `${c.from} to ${c.to}`).join(', then ')}): scores on either side are not the same measure, so no line joins them.`}
      </figcaption>
      <ul class="trend-panels" aria-labelledby="trend-caption">
        {layout.panels.map((panel) => (
          <li key={panel.id} data-trend-panel={panel.id}>
            <span class="trend-name">{nameOf(panel.id)}</span>
            <svg
              width={TREND.width}
              height={TREND.height}
              viewBox={`0 0 ${TREND.width} ${TREND.height}`}
              aria-hidden="true"
            >
              <rect class="frame" x={0.5} y={0.5} width={TREND.width - 1} height={TREND.height - 1} />
              <line class="midline" x1={0} x2={TREND.width} y1={TREND.height / 2} y2={TREND.height / 2} />
              {changes.map((change) => (
                <line key={change.x} class="set-change" x1={change.x} x2={change.x} y1={0} y2={TREND.height} />
              ))}
              {panel.lines.map((points) => (
                <polyline key={points} class="trend-line" points={points} />
              ))}
              {panel.points.map((point) => (
                <circle key={point.runId} class="dot" cx={point.x} cy={point.y} r={3} data-trend-point />
              ))}
            </svg>
            <span class="trend-change">
              {panel.first === undefined
                ? 'no answers'
                : panel.change === undefined
                  ? `${panel.first}`
                  : `${panel.first} → ${panel.last} (${signedChange(panel.change)})`}
            </span>
          </li>
        ))}
      </ul>
      <details class="numbers">
        <summary>Scores of each run</summary>
        <ScrollBox label="Scores of each run, oldest first">
          <table>
            <caption>Scores of each run, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Constraint</th>
                {ordered.map((run, index) => (
                  <th scope="col" key={run.id}>
                    {labels[index]}
                    {run.questionSetVersion !== ordered.at(-1)!.questionSetVersion &&
                      ` (set ${run.questionSetVersion})`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {CONSTRAINT_IDS.map((id) => (
                <tr key={id}>
                  <th scope="row">{nameOf(id)}</th>
                  {ordered.map((run) => (
                    <td key={run.id}>{run.scores[id] ?? '—'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
    </figure>
  );
}
