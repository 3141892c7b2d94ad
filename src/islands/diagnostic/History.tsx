/** Finished runs kept in this browser, newest first, each with its verdict, to view again or delete. */
import { distinctDateLabels } from '../../lib/dates';
import { verdictOfRun } from '../../lib/diagnostic/verdict';
import type { DiagnosticRun } from '../../lib/tools/diagnostic-data';
import { deleteRun } from '../../stores/diagnostic';
import TrendPlot from '../pictures/TrendPlot';
import type { CurrentSet } from './useQuestionSet';
import type { ConstraintInfo } from './types';

interface Props {
  runs: readonly DiagnosticRun[];
  current: CurrentSet;
  constraints: readonly ConstraintInfo[];
  onView: (runId: string) => void;
  onDelete: (runId: string) => void;
}

export default function History({ runs, current, constraints, onView, onDelete }: Props) {
  const nameOf = (id: string | undefined) => constraints.find((c) => c.id === id)?.name ?? '—';
  // Two runs on one day are told apart by their times: in the list and in each button's name.
  const labels = new Map(
    distinctDateLabels(runs.map((run) => run.finishedAt)).map((label, i) => [runs[i]!.id, label] as const),
  );
  return (
    <section class="history no-print" aria-labelledby="history-title">
      <h2 id="history-title">Your earlier runs</h2>
      {runs.length === 0 ? (
        <p>Finished runs are kept here, in this browser, so you can compare them over time.</p>
      ) : (
        <TrendPlot runs={runs} nameOf={nameOf} />
      )}
      {runs.length > 0 && (
        <ol reversed data-history>
          {[...runs].reverse().map((run) => {
            // Scored again when it used the current statements; an older run's verdict comes from its stored scores.
            const verdict = verdictOfRun(
              run,
              run.questionSetVersion === current.version ? current.questions : undefined,
            );
            const score = verdict.ranking.find((entry) => entry.id === verdict.dominant)?.score;
            const day = labels.get(run.id);
            return (
              <li key={run.id} data-run={run.id} data-question-set={run.questionSetVersion}>
                {day}: {nameOf(verdict.dominant)}
                {score !== undefined && ` (${score})`}
                {run.questionSetVersion < current.version && (
                  <span class="hint"> · question set {run.questionSetVersion}</span>
                )}{' '}
                <button type="button" class="button" onClick={() => onView(run.id)}>
                  View<span class="visually-hidden"> the run of {day}</span>
                </button>{' '}
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    onDelete(run.id);
                    deleteRun(run.id);
                  }}
                >
                  Delete<span class="visually-hidden"> the run of {day}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
