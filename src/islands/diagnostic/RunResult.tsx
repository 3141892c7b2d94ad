/**
 * A finished run from this browser's history: its verdict under its own question set (an older set's statements are
 * fetched when needed), compared with the latest earlier run of the same set, with sharing and a reminder.
 */
import { compareWithEarlier } from '../../lib/diagnostic/compare';
import { verdictOfRun } from '../../lib/diagnostic/verdict';
import type { DiagnosticRun } from '../../lib/tools/diagnostic-data';
import { useLazyComponent } from '../lazy';
import ResultView from './ResultView';
import type { ConstraintInfo, TrapCheckInfo } from './types';
import { useQuestionSet, type CurrentSet } from './useQuestionSet';

interface Props {
  run: DiagnosticRun;
  runs: readonly DiagnosticRun[];
  set: CurrentSet;
  trapChecks: readonly TrapCheckInfo[];
  constraints: readonly ConstraintInfo[];
  links: { method: string; questionSets: string };
  onBack: () => void;
}

const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-US', { dateStyle: 'long' });

export default function RunResult({ run, runs, set, trapChecks, constraints, links, onBack }: Props) {
  const questions = useQuestionSet(run.questionSetVersion, set, links.questionSets);
  const ShareAndRemind = useLazyComponent(() => import('./ShareAndRemind'), true);
  const verdict = verdictOfRun(run, questions);
  const comparison = compareWithEarlier(runs, run.id);
  return (
    <ResultView
      heading={`Your result, ${longDate(run.finishedAt)}`}
      scores={run.scores}
      verdict={verdict}
      questions={questions}
      constraints={constraints}
      trap={run.trap}
      trapChecks={trapChecks}
      finishedAt={run.finishedAt}
      questionSetVersion={run.questionSetVersion}
      currentQuestionSetVersion={set.version}
      methodHref={links.method}
      changes={comparison.changes}
      changesNote={comparison.note}
    >
      <p class="tool-actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          Print this result
        </button>
        <button type="button" class="button" onClick={onBack}>
          Back to the questions
        </button>
      </p>
      {ShareAndRemind && <ShareAndRemind run={run} verdict={verdict} />}
    </ResultView>
  );
}
