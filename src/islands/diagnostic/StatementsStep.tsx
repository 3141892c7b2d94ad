/** The statements step: how to show them (one at a time or all), the questionnaire, and clearing the answers. */
import type { DiagnosticDraft, DiagnosticRun } from '../../lib/tools/diagnostic-data';
import { restartDraft, setQuestionMode } from '../../stores/diagnostic';
import Questionnaire from './Questionnaire';
import type { TrapCheckInfo } from './types';
import type { CurrentSet } from './useQuestionSet';

interface Props {
  set: CurrentSet & { timeFrame: string | undefined };
  trapChecks: TrapCheckInfo[];
  draft: DiagnosticDraft;
  /** The run the answers produced, once every step is done. */
  onResult: (run: DiagnosticRun) => void;
}

export default function StatementsStep({ set, trapChecks, draft, onResult }: Props) {
  return (
    <section class="no-print-when-result" aria-labelledby="questions-title">
      <h2 id="questions-title">The statements</h2>
      <fieldset class="mode">
        <legend>Show the statements</legend>
        <label>
          <input type="radio" name="mode" checked={draft.mode === 'one'} onChange={() => setQuestionMode('one')} /> One
          at a time
        </label>
        <label>
          <input type="radio" name="mode" checked={draft.mode === 'all'} onChange={() => setQuestionMode('all')} /> All
          on one page
        </label>
      </fieldset>
      <Questionnaire
        questions={set.questions}
        timeFrame={set.timeFrame}
        trapChecks={trapChecks}
        draft={draft}
        onFinish={async () => {
          // Scoring loads on this first request for a result, not with the page.
          const { requestResult } = await import('../../stores/diagnostic-result');
          const finished = requestResult(set.questions, set.version);
          if (finished) onResult(finished);
        }}
      />
      {Object.keys(draft.answers).length > 0 && (
        <p class="tool-actions">
          <button type="button" class="button" onClick={() => restartDraft(set.version)}>
            Clear these answers
          </button>
        </p>
      )}
    </section>
  );
}
