/**
 * Finishing a diagnostic run: scoring the answers and keeping the run in the history. Apart from the answering
 * actions (./diagnostic) so that the scoring code loads only when someone asks for a result.
 */
import type { Question } from '../lib/diagnostic/answers';
import { scoreDiagnostic } from '../lib/diagnostic/scoring';
import { diagnosticCodec, emptyDraft, MAX_RUNS, type DiagnosticRun } from '../lib/tools/diagnostic-data';
import { $diagnostic, updateDraft } from './diagnostic';
import { changeSaved } from './saved-data';

/**
 * Asks for the result: when the top two constraints are close and the tie-break step has not been answered, moves
 * to that step and returns undefined; otherwise finishes the run.
 */
export function requestResult(
  questions: readonly Question[],
  questionSetVersion: number,
  now = new Date(),
): DiagnosticRun | undefined {
  const { draft } = $diagnostic.get();
  const result = scoreDiagnostic(questions, draft.answers, {
    questionSetVersion,
    tieBreakPicks: Object.values(draft.tieBreak),
  });
  if (result.tieBreakNeeded && draft.step !== 'tie-break') {
    updateDraft(() => ({ step: 'tie-break' }));
    return undefined;
  }
  return finishRun(questions, questionSetVersion, now);
}

/**
 * Finishes the run in progress (with the tie-break answered or skipped): scores it with the question set it answered,
 * keeps it in the history and starts a fresh draft on `nextVersion` (the current set).
 * @returns the finished run.
 */
export function finishRun(
  questions: readonly Question[],
  questionSetVersion: number,
  now = new Date(),
  nextVersion = questionSetVersion,
): DiagnosticRun {
  const data = $diagnostic.get();
  const { answers, trap, tieBreak } = data.draft;
  const run: DiagnosticRun = {
    id: `run-${now.getTime().toString(36)}`,
    finishedAt: now.toISOString(),
    questionSetVersion,
    scores: scoreDiagnostic(questions, answers, { questionSetVersion }).scores,
    answers,
    trap,
    tieBreak,
  };
  // The run is the one this page shows; the history it joins is the stored one (another tab may have added to it).
  changeSaved($diagnostic, diagnosticCodec, (stored) => ({
    draft: { ...emptyDraft(nextVersion), mode: data.draft.mode },
    runs: [...stored.runs, run].slice(-MAX_RUNS),
  }));
  return run;
}
