/** The diagnostic's actions. The island calls these; scoring lives in lib/diagnostic. */
import type { ConstraintId } from '../lib/constraints';
import type { Answer, Question } from '../lib/diagnostic/answers';
import { scoreDiagnostic } from '../lib/diagnostic/scoring';
import {
  diagnosticCodec,
  emptyDraft,
  MAX_RUNS,
  type DiagnosticData,
  type DiagnosticDraft,
  type DiagnosticRun,
  type QuestionMode,
} from '../lib/tools/diagnostic-data';
import { savedStore } from './saved-data';

/** The diagnostic's run in progress and finished runs. */
export const $diagnostic = savedStore(diagnosticCodec);

const update = (change: (data: DiagnosticData) => DiagnosticData) => $diagnostic.set(change($diagnostic.get()));
const updateDraft = (change: (draft: DiagnosticDraft) => Partial<DiagnosticDraft>) =>
  update((data) => ({ ...data, draft: { ...data.draft, ...change(data.draft) } }));

/**
 * Records an answer in the run in progress. A changed answer can change which two constraints are close, so any
 * tie-break choices already made are cleared with it.
 */
export function answerQuestion(questionId: string, answer: Answer, now = new Date()): void {
  updateDraft((draft) => ({
    answers: { ...draft.answers, [questionId]: answer },
    tieBreak: draft.answers[questionId] === answer ? draft.tieBreak : {},
    step: draft.answers[questionId] === answer ? draft.step : 'statements',
    updatedAt: now.toISOString(),
  }));
}

/** Records a Coordination Trap quick check: yes, the symptom is there, or no. */
export function answerTrapCheck(checkId: string, present: boolean, now = new Date()): void {
  updateDraft((draft) => ({ trap: { ...draft.trap, [checkId]: present }, updatedAt: now.toISOString() }));
}

/** Records one forced choice of the tie-break step. */
export function pickTieBreak(choiceId: string, constraint: ConstraintId, now = new Date()): void {
  updateDraft((draft) => ({ tieBreak: { ...draft.tieBreak, [choiceId]: constraint }, updatedAt: now.toISOString() }));
}

/** Moves to a question (one-at-a-time mode), remembered across reloads. */
export function goToQuestion(position: number): void {
  updateDraft(() => ({ position: Math.max(0, position) }));
}

/** One question at a time, or all on one page. */
export function setQuestionMode(mode: QuestionMode): void {
  updateDraft(() => ({ mode }));
}

/** Back from the tie-break step to the statements. */
export function backToStatements(): void {
  updateDraft(() => ({ step: 'statements' }));
}

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
  $diagnostic.set({
    draft: { ...emptyDraft(nextVersion), mode: data.draft.mode },
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
