/**
 * A run in progress that was started on an older question set: its answers belong to statements that are no longer
 * asked. Nothing is dropped without the user choosing: score it as it was, or start again on the current set.
 */
import { useState } from 'preact/hooks';
import type { DiagnosticDraft } from '../../lib/tools/diagnostic-data';
import { restartDraft } from '../../stores/diagnostic';
import { finishRun } from '../../stores/diagnostic-result';
import { loadQuestionSet } from './useQuestionSet';

interface Props {
  draft: DiagnosticDraft;
  currentVersion: number;
  setsHref: string;
  onFinished: (runId: string) => void;
}

export default function OlderDraft({ draft, currentVersion, setsHref, onFinished }: Props) {
  const [error, setError] = useState('');
  const count = Object.keys(draft.answers).length;
  const scoreAsItWas = async () => {
    try {
      const questions = await loadQuestionSet(setsHref, draft.questionSetVersion);
      onFinished(finishRun(questions, draft.questionSetVersion, new Date(), currentVersion).id);
    } catch {
      setError('The older statements could not be loaded; your answers are kept. Try again when you are online.');
    }
  };
  return (
    <section class="notice" aria-labelledby="older-draft-title" data-older-draft>
      <h2 id="older-draft-title">You have an unfinished run on older statements</h2>
      <p>
        Your {count} {count === 1 ? 'answer was' : 'answers were'} given to question set {draft.questionSetVersion}. The
        diagnostic now asks question set {currentVersion}, with rewritten statements.
      </p>
      <p class="tool-actions">
        <button type="button" class="button primary" onClick={() => void scoreAsItWas()}>
          Finish it with question set {draft.questionSetVersion}
        </button>
        <button type="button" class="button" onClick={() => restartDraft(currentVersion)}>
          Start again with the new statements
        </button>
      </p>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
