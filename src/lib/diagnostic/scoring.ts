/**
 * Scoring, in the words the method page uses to explain it:
 * - Each answer becomes a signal from 0 to 100: strongly disagree 0 … strongly agree 100, "neither" 50. For a
 *   reverse-keyed statement (agreeing is the healthy answer) the scale is turned round: strongly agree is 0.
 * - A constraint's score is the average signal of its answered statements; "not sure" answers are left out.
 *   A constraint with no answered statements has no score.
 * - The leading constraint has the highest score. From question set 2, exact ties are ordered by a fixed shuffle
 *   worked out from the scores themselves (so no constraint is favoured); question set 1 gave ties to the
 *   constraint that comes first in the essay, and its runs keep that rule.
 * - When the top two are under TIE_BREAK_MARGIN points apart (question set 2 on), a tie-break step asks forced
 *   choices between the two; the majority decides, and an even split leaves the score order.
 * - Confidence is low when more than a quarter of the statements are "not sure", when the answers show a response
 *   style (the same answer everywhere, or agreeing with a statement and with its reverse), when the top two are
 *   close and the tie-break was skipped or split, and (question set 1) when the margin is under SMALL_MARGIN.
 * - The deciding answers are the dominant constraint's statements that pointed at it most strongly (at most three).
 */
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints.ts';
import type { Answer, Question } from './answers.ts';
import { responseStyleNotes } from './response-style.ts';

export type Scores = Record<ConstraintId, number | null>;

/** Share of "not sure" answers above which a result is flagged low-confidence. */
export const NOT_SURE_LIMIT = 0.25;
/** Question set 1 only: margin (points) under which a result is flagged low-confidence. */
export const SMALL_MARGIN = 10;
/** From question set 2: margin (points) under which the tie-break step decides between the top two. */
export const TIE_BREAK_MARGIN = 15;
/** How many deciding answers a result names. */
export const MAX_DECIDING = 3;

export interface DecidingAnswer {
  questionId: string;
  answer: Answer;
}

/** What the tie-break step decided, when it ran. */
export interface TieBreakOutcome {
  between: [ConstraintId, ConstraintId];
  /** Forced choices won by each of the two, in the order of `between`. */
  votes: [number, number];
  /** Whether the choices changed the order the scores gave. */
  overturned: boolean;
}

export interface DiagnosticResult {
  scores: Scores;
  /** Constraints with a score, highest first (ties ordered by the question set's tie rule). */
  ranking: { id: ConstraintId; score: number }[];
  /** The verdict: the leading constraint, or the tie-break's winner. */
  dominant?: ConstraintId;
  /** Top score minus the runner-up's; undefined with fewer than two scored constraints. */
  margin?: number;
  /** The top two by score when they are close enough for the tie-break step and it has not been answered. */
  tieBreakNeeded?: [ConstraintId, ConstraintId];
  tieBreak?: TieBreakOutcome;
  lowConfidence: boolean;
  /** Why confidence is low, in plain words; empty when it is not. */
  confidenceNotes: string[];
  deciding: DecidingAnswer[];
  answered: number;
  notSure: number;
}

export interface ScoringOptions {
  /** The question set the answers were given to (default: 2). Set 1 keeps its own tie and confidence rules. */
  questionSetVersion?: number;
  /** The tie-break's forced choices, each the constraint picked; choices for other constraints are ignored. */
  tieBreakPicks?: readonly ConstraintId[];
}

/** An answer's signal, 0–100, or undefined for "not sure". Reverse-keyed statements count the other way round. */
export function signalOf(answer: Answer, reverse = false): number | undefined {
  if (answer === 'not-sure') return undefined;
  const signal = (answer - 1) * 25;
  return reverse ? 100 - signal : signal;
}

/** FNV-1a: a small, stable string hash, for ordering ties the same way on every machine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Ranks scores, highest first; constraints without a score are left out. Ties: question set 1 keeps the essay's
 * order; later sets order tied constraints by a shuffle seeded with the scores, which favours none of them.
 */
export function rankScores(scores: Scores, questionSetVersion = 2): { id: ConstraintId; score: number }[] {
  // The shuffle's seed and hashes are worked out only when two scores tie (the simulation ranks 60,000 runs).
  let seed: string | undefined;
  const hashes = new Map<ConstraintId, number>();
  const tieOrder = (id: ConstraintId, index: number) => {
    if (questionSetVersion <= 1) return index;
    let order = hashes.get(id);
    if (order === undefined) {
      seed ??= CONSTRAINT_IDS.map((other) => scores[other] ?? '-').join(',');
      order = hash(`${seed}|${id}`);
      hashes.set(id, order);
    }
    return order;
  };
  const ranked: { id: ConstraintId; score: number; index: number }[] = [];
  CONSTRAINT_IDS.forEach((id, index) => {
    const score = scores[id];
    if (score !== null) ranked.push({ id, score, index });
  });
  return ranked
    .sort((a, b) => b.score - a.score || tieOrder(a.id, a.index) - tieOrder(b.id, b.index))
    .map(({ id, score }) => ({ id, score }));
}

/** The tie-break's outcome from its forced choices: a majority decides; an even split keeps the score order. */
function decideTieBreak(between: [ConstraintId, ConstraintId], picks: readonly ConstraintId[]): TieBreakOutcome {
  const votes: [number, number] = [
    picks.filter((id) => id === between[0]).length,
    picks.filter((id) => id === between[1]).length,
  ];
  return { between, votes, overturned: votes[1] > votes[0] };
}

/** Scores answers against their question set. Pure and total: unknown question ids are ignored. */
export function scoreDiagnostic(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer>>,
  { questionSetVersion = 2, tieBreakPicks }: ScoringOptions = {},
): DiagnosticResult {
  // Sums and counts per constraint (signals are whole numbers, so the sum is exact in any order).
  const sums = new Map<ConstraintId, number>();
  const counts = new Map<ConstraintId, number>();
  let answered = 0;
  let notSure = 0;
  for (const question of questions) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    answered += 1;
    const signal = signalOf(answer, question.reverse);
    if (signal === undefined) notSure += 1;
    else {
      sums.set(question.constraint, (sums.get(question.constraint) ?? 0) + signal);
      counts.set(question.constraint, (counts.get(question.constraint) ?? 0) + 1);
    }
  }
  const scores = {} as Scores;
  for (const id of CONSTRAINT_IDS) {
    const count = counts.get(id);
    scores[id] = count === undefined ? null : Math.round(sums.get(id)! / count);
  }
  const ranking = rankScores(scores, questionSetVersion);
  const margin = ranking.length >= 2 ? ranking[0]!.score - ranking[1]!.score : undefined;
  let dominant = ranking[0]?.id;

  const confidenceNotes: string[] = [];
  if (answered > 0 && notSure / answered > NOT_SURE_LIMIT) {
    confidenceNotes.push(`${notSure} of ${answered} answers are “not sure”.`);
  }
  if (dominant === undefined) confidenceNotes.push('No statement has an answer other than “not sure”.');
  confidenceNotes.push(...responseStyleNotes(questions, answers));

  const result: DiagnosticResult = {
    scores,
    ranking,
    lowConfidence: false,
    confidenceNotes,
    deciding: [],
    answered,
    notSure,
  };
  if (margin !== undefined) result.margin = margin;
  if (questionSetVersion <= 1) {
    if (margin !== undefined && margin < SMALL_MARGIN)
      confidenceNotes.push(`The top two constraints are only ${margin} points apart.`);
  } else if (margin !== undefined && margin < TIE_BREAK_MARGIN) {
    const between: [ConstraintId, ConstraintId] = [ranking[0]!.id, ranking[1]!.id];
    const picks = (tieBreakPicks ?? []).filter((id) => between.includes(id));
    if (picks.length === 0) {
      result.tieBreakNeeded = between;
      confidenceNotes.push(
        `The top two constraints are only ${margin} points apart, and the tie-break was not answered.`,
      );
    } else {
      const outcome = decideTieBreak(between, picks);
      result.tieBreak = outcome;
      if (outcome.overturned) dominant = between[1];
      const [first, second] = outcome.votes;
      if (first !== 0 && second !== 0) {
        confidenceNotes.push(
          `The top two constraints are ${margin} points apart, and the tie-break was split ${Math.max(first, second)} to ${Math.min(first, second)}.`,
        );
      }
    }
  }
  result.lowConfidence = confidenceNotes.length > 0;
  if (dominant !== undefined) {
    result.dominant = dominant;
    result.deciding = decidingAnswers(questions, answers, dominant);
  }
  return result;
}

/** The dominant constraint's answers that pointed at it most strongly: signal above 50, strongest first. */
function decidingAnswers(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer>>,
  dominant: ConstraintId,
): DecidingAnswer[] {
  return questions
    .filter((q) => q.constraint === dominant)
    .flatMap((q, index) => {
      const answer = answers[q.id];
      const signal = answer === undefined ? undefined : signalOf(answer, q.reverse);
      return answer !== undefined && signal !== undefined && signal > 50
        ? [{ questionId: q.id, answer, signal, index }]
        : [];
    })
    .sort((a, b) => b.signal - a.signal || a.index - b.index)
    .slice(0, MAX_DECIDING)
    .map(({ questionId, answer }) => ({ questionId, answer }));
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
