/**
 * Diagnostic runs and saved data made in code, for tests that need a history or a share link without clicking through
 * the questionnaire (the flows themselves are tested end to end by mouse and keyboard in diagnostic.test.ts).
 */
import type { Answer } from '../../src/lib/diagnostic/answers';
import { scoreDiagnostic } from '../../src/lib/diagnostic/scoring';
import { encodeShare } from '../../src/lib/diagnostic/share';
import { emptyDraft, type DiagnosticRun } from '../../src/lib/tools/diagnostic-data';
import { currentQuestionSet } from './question-sets';

const set = currentQuestionSet();

/** Answers to the current set that make `dominant` stand out, the rest calm (reverse-keyed ones mirrored). */
export const answersFor = (dominant: string): Record<string, Answer> =>
  Object.fromEntries(
    set.statements.map((q) => [q.id, (q.constraint === dominant ? (q.reverse ? 1 : 5) : q.reverse ? 4 : 2) as Answer]),
  );

/** A finished run of the current set, leaning to `dominant`. */
export function runOf(id: string, finishedAt: string, dominant: string): DiagnosticRun {
  const answers = answersFor(dominant);
  const { scores } = scoreDiagnostic(set.statements, answers);
  return { id, finishedAt, questionSetVersion: set.version, scores, answers, trap: {}, tieBreak: {} };
}

/** localStorage entries of someone who has finished these runs and has no run in progress. */
export const diagnosticStorage = (runs: readonly DiagnosticRun[]): Record<string, string> => ({
  'tfi:diagnostic': JSON.stringify({ v: 2, data: { draft: emptyDraft(set.version), runs } }),
});

/** A share link's fragment (with '#') for a run leaning to `dominant`, with its answers. */
export function shareFragment(dominant: string, finishedAt: string): string {
  const answers = answersFor(dominant);
  const { scores } = scoreDiagnostic(set.statements, answers);
  return `#${encodeShare({ questionSetVersion: set.version, scores, answers, finishedAt })}`;
}
