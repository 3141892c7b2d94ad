/**
 * Scoring, in the words the diagnostic page uses to explain it:
 * - Each answer becomes a signal from 0 (strongly disagree) to 100 (strongly agree); "neither" is 50.
 * - A constraint's score is the average signal of its answered statements; "not sure" answers are left out.
 *   A constraint with no answered statements has no score.
 * - The dominant constraint has the highest score. A tie goes to the constraint that comes first in the essay.
 * - The margin is the dominant score minus the runner-up's.
 * - Confidence is low when more than a quarter of the statements are "not sure", or the margin is under 10 points.
 * - The deciding answers are the dominant constraint's statements you agreed with most (at most three).
 */
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints';
import type { Answer, Question } from './answers';

export type Scores = Record<ConstraintId, number | null>;

/** Share of "not sure" answers above which a result is flagged low-confidence. */
export const NOT_SURE_LIMIT = 0.25;
/** Margin (points) under which a result is flagged low-confidence. */
export const SMALL_MARGIN = 10;
/** How many deciding answers a result names. */
export const MAX_DECIDING = 3;

export interface DecidingAnswer {
  questionId: string;
  answer: Answer;
}

export interface DiagnosticResult {
  scores: Scores;
  /** Constraints with a score, highest first (ties in essay order). */
  ranking: { id: ConstraintId; score: number }[];
  dominant?: ConstraintId;
  /** Dominant score minus runner-up score; undefined with fewer than two scored constraints. */
  margin?: number;
  lowConfidence: boolean;
  /** Why confidence is low, in plain words; empty when it is not. */
  confidenceNotes: string[];
  deciding: DecidingAnswer[];
  answered: number;
  notSure: number;
}

/** An answer's signal, 0–100, or undefined for "not sure". */
export function signalOf(answer: Answer): number | undefined {
  return answer === 'not-sure' ? undefined : (answer - 1) * 25;
}

/** Ranks scores: highest first; ties keep the essay's order. Constraints without a score are left out. */
export function rankScores(scores: Scores): { id: ConstraintId; score: number }[] {
  return CONSTRAINT_IDS.flatMap((id) => (scores[id] === null ? [] : [{ id, score: scores[id] }]))
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ id, score }) => ({ id, score }));
}

/** Scores a set of answers against the questions. Pure and total: unknown question ids are ignored. */
export function scoreDiagnostic(questions: readonly Question[], answers: Readonly<Record<string, Answer>>): DiagnosticResult {
  const signals = new Map<ConstraintId, number[]>(CONSTRAINT_IDS.map((id) => [id, []]));
  let answered = 0;
  let notSure = 0;
  for (const question of questions) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    answered += 1;
    const signal = signalOf(answer);
    if (signal === undefined) notSure += 1;
    else signals.get(question.constraint)!.push(signal);
  }
  const scores = Object.fromEntries(
    CONSTRAINT_IDS.map((id) => {
      const values = signals.get(id)!;
      return [id, values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length)];
    }),
  ) as Scores;
  const ranking = rankScores(scores);
  const dominant = ranking[0]?.id;
  const margin = ranking.length >= 2 ? ranking[0]!.score - ranking[1]!.score : undefined;

  const confidenceNotes: string[] = [];
  if (answered > 0 && notSure / answered > NOT_SURE_LIMIT) {
    confidenceNotes.push(`${notSure} of ${answered} answers are “not sure”.`);
  }
  if (dominant === undefined) confidenceNotes.push('No statement has an answer other than “not sure”.');
  else if (margin !== undefined && margin < SMALL_MARGIN) {
    confidenceNotes.push(`The top two constraints are only ${margin} points apart.`);
  }

  const deciding: DecidingAnswer[] = dominant
    ? questions
        .filter((q) => q.constraint === dominant)
        .flatMap((q, index) => {
          const answer = answers[q.id];
          const signal = answer === undefined ? undefined : signalOf(answer);
          return answer !== undefined && signal !== undefined && signal > 50 ? [{ questionId: q.id, answer, signal, index }] : [];
        })
        .sort((a, b) => b.signal - a.signal || a.index - b.index)
        .slice(0, MAX_DECIDING)
        .map(({ questionId, answer }) => ({ questionId, answer }))
    : [];

  const result: DiagnosticResult = {
    scores,
    ranking,
    lowConfidence: confidenceNotes.length > 0,
    confidenceNotes,
    deciding,
    answered,
    notSure,
  };
  if (dominant !== undefined) result.dominant = dominant;
  if (margin !== undefined) result.margin = margin;
  return result;
}

/** Each constraint's change in score since a previous run (null where either run has no score). */
export function scoreChanges(current: Scores, previous: Scores): Record<ConstraintId, number | null> {
  return Object.fromEntries(
    CONSTRAINT_IDS.map((id) => {
      const now = current[id];
      const before = previous[id];
      return [id, now === null || before === null ? null : now - before];
    }),
  ) as Record<ConstraintId, number | null>;
}
