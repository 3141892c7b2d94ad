/**
 * The diagnostic's actions while answering. The island calls these; finishing a run (which scores it) is in
 * ./diagnostic-result, which the page loads when a result is asked for.
 */
import type { ConstraintId } from '../lib/constraints';
import type { Answer } from '../lib/diagnostic/answers';
import {
  diagnosticCodec,
  emptyDraft,
  type DiagnosticData,
  type DiagnosticDraft,
  type QuestionMode,
} from '../lib/tools/diagnostic-data';
import { changeSaved, savedStore } from './saved-data';

/** The diagnostic's run in progress and finished runs. */
export const $diagnostic = savedStore(diagnosticCodec);

const update = (change: (data: DiagnosticData) => DiagnosticData) => changeSaved($diagnostic, diagnosticCodec, change);
/** Changes the run in progress. */
export const updateDraft = (change: (draft: DiagnosticDraft) => Partial<DiagnosticDraft>) =>
  update((data) => ({ ...data, draft: { ...data.draft, ...change(data.draft) } }));

/**
 * A run in progress with nothing answered yet belongs to no question set: it takes the set the page asks, so the first
 * answer to a new set is never filed under an older one. A draft with answers keeps its set until the user chooses.
 */
export function claimBlankDraft(questionSetVersion: number): void {
  const { draft } = $diagnostic.get();
  const blank = Object.keys(draft.answers).length === 0 && Object.keys(draft.trap).length === 0;
  if (blank && draft.questionSetVersion !== questionSetVersion) updateDraft(() => ({ questionSetVersion }));
}

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

/** Deletes one finished run. */
export function deleteRun(runId: string): void {
  update((data) => ({ ...data, runs: data.runs.filter((run) => run.id !== runId) }));
}

/** Clears the run in progress (finished runs stay). */
export function restartDraft(questionSetVersion: number): void {
  update((data) => ({ ...data, draft: { ...emptyDraft(questionSetVersion), mode: data.draft.mode } }));
}
