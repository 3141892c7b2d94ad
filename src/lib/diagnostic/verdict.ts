/**
 * The verdict of a finished run or a shared result, however much of it is at hand: with the run's own statements and
 * answers it is scored again under its question set's rules (so the deciding answers always come from the set the
 * run answered); a shared link without answers carries its verdict; failing both, the stored scores decide.
 */
import type { ConstraintId } from '../constraints';
import type { DiagnosticRun } from '../tools/diagnostic-data';
import type { Answer, Question } from './answers';
import {
  SMALL_MARGIN,
  TIE_BREAK_MARGIN,
  rankScores,
  scoreDiagnostic,
  type DecidingAnswer,
  type Scores,
  type TieBreakOutcome,
} from './scoring';

export interface Verdict {
  ranking: { id: ConstraintId; score: number }[];
  dominant?: ConstraintId;
  margin?: number;
  lowConfidence: boolean;
  confidenceNotes: string[];
  deciding: DecidingAnswer[];
  tieBreak?: TieBreakOutcome;
  /** The tie-break chose the runner-up by score, or settled a close call. */
  byTieBreak: boolean;
}

export interface VerdictInput {
  scores: Scores;
  questionSetVersion: number;
  /** The statements of the run's own question set, when they are loaded. */
  questions?: readonly Question[] | undefined;
  answers?: Readonly<Record<string, Answer>> | undefined;
  tieBreakPicks?: readonly ConstraintId[] | undefined;
  /** What a format-2 share link says the verdict was. */
  shared?: { dominant: ConstraintId; lowConfidence: boolean; byTieBreak: boolean } | undefined;
}

export function verdictOf({
  scores,
  questionSetVersion,
  questions,
  answers,
  tieBreakPicks,
  shared,
}: VerdictInput): Verdict {
  const ranking = rankScores(scores, questionSetVersion);
  const margin = ranking.length >= 2 ? ranking[0]!.score - ranking[1]!.score : undefined;
  const base = { ranking, ...(margin === undefined ? {} : { margin }) };
  if (questions && answers && Object.keys(answers).length > 0) {
    const result = scoreDiagnostic(questions, answers, {
      questionSetVersion,
      ...(tieBreakPicks ? { tieBreakPicks } : {}),
    });
    return {
      ...base,
      ...(result.dominant ? { dominant: result.dominant } : {}),
      lowConfidence: result.lowConfidence,
      confidenceNotes: result.confidenceNotes,
      deciding: result.deciding,
      ...(result.tieBreak ? { tieBreak: result.tieBreak } : {}),
      byTieBreak: result.tieBreak !== undefined,
    };
  }
  if (shared) {
    return {
      ...base,
      dominant: shared.dominant,
      lowConfidence: shared.lowConfidence,
      confidenceNotes: shared.lowConfidence ? ['The person who shared this result saw it flagged low confidence.'] : [],
      deciding: [],
      byTieBreak: shared.byTieBreak,
    };
  }
  const close = questionSetVersion <= 1 ? SMALL_MARGIN : TIE_BREAK_MARGIN;
  const confidenceNotes =
    margin !== undefined && margin < close ? [`The top two constraints are only ${margin} points apart.`] : [];
  return {
    ...base,
    ...(ranking[0] ? { dominant: ranking[0].id } : {}),
    lowConfidence: confidenceNotes.length > 0 || ranking.length === 0,
    confidenceNotes,
    deciding: [],
    byTieBreak: false,
  };
}

/** The verdict of a finished run from this browser, with its own question set's statements when they are loaded. */
export function verdictOfRun(run: DiagnosticRun, questions: readonly Question[] | undefined): Verdict {
  return verdictOf({ ...run, questions, tieBreakPicks: Object.values(run.tieBreak ?? {}) });
}
