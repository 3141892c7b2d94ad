/** The diagnostic's actions. The island calls these; scoring lives in lib/diagnostic. */
import type { Answer, Question } from '../lib/diagnostic/answers';
import { scoreDiagnostic } from '../lib/diagnostic/scoring';
import {
  diagnosticCodec,
  emptyDraft,
  MAX_RUNS,
  type DiagnosticData,
  type DiagnosticRun,
  type QuestionMode,
} from '../lib/tools/diagnostic-data';
import { savedStore } from './saved-data';

/** The diagnostic's run in progress and finished runs. */
export const $diagnostic = savedStore(diagnosticCodec);

const update = (change: (data: DiagnosticData) => DiagnosticData) => $diagnostic.set(change($diagnostic.get()));

/** Records an answer in the run in progress. */
export function answerQuestion(questionId: string, answer: Answer, now = new Date()): void {
  update((data) => ({
    ...data,
    draft: { ...data.draft, answers: { ...data.draft.answers, [questionId]: answer }, updatedAt: now.toISOString() },
  }));
}

/** Moves to a question (one-at-a-time mode), remembered across reloads. */
export function goToQuestion(position: number): void {
  update((data) => ({ ...data, draft: { ...data.draft, position: Math.max(0, position) } }));
}

/** One question at a time, or all on one page. */
export function setQuestionMode(mode: QuestionMode): void {
  update((data) => ({ ...data, draft: { ...data.draft, mode } }));
}

/**
 * Finishes the run in progress: scores it, keeps it in the history and starts a fresh draft.
 * @returns the finished run.
 */
export function finishRun(questions: readonly Question[], questionSetVersion: number, now = new Date()): DiagnosticRun {
  const data = $diagnostic.get();
  const run: DiagnosticRun = {
    id: `run-${now.getTime().toString(36)}`,
    finishedAt: now.toISOString(),
    questionSetVersion,
    scores: scoreDiagnostic(questions, data.draft.answers).scores,
    answers: data.draft.answers,
  };
  $diagnostic.set({
    draft: { ...emptyDraft(questionSetVersion), mode: data.draft.mode },
    runs: [...data.runs, run].slice(-MAX_RUNS),
  });
  return run;
}

/** Deletes one finished run. */
export function deleteRun(runId: string): void {
  update((data) => ({ ...data, runs: data.runs.filter((run) => run.id !== runId) }));
}

/** Clears the run in progress (finished runs stay). */
export function restartDraft(questionSetVersion: number): void {
  update((data) => ({ ...data, draft: { ...emptyDraft(questionSetVersion), mode: data.draft.mode } }));
}
