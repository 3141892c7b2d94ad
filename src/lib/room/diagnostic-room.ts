/**
 * The diagnostic in the room: one vote per person on each statement, counted by answer. The result treats the room
 * as one voice, with the same scale, signals and ranking rules as a single run (lib/diagnostic/scoring):
 * - a statement's room score is the average signal of its votes ("not sure" left out), a constraint's is the average
 *   signal of every vote on its statements, so a tally of N people gives exactly what pooling their N runs gives;
 * - the median vote per constraint uses the team view's `median`;
 * - the split is the average gap between two people's votes on a statement (see `averageGap`), and a constraint's
 *   split is the average of its statements' splits.
 * Counts cannot say who voted what, so a member-by-member spread (the team view's highest minus lowest member score)
 * cannot be worked out from a room's counts: two rooms with the same counts can hold different people. The room
 * shows the split of the votes instead, which counts do determine.
 */
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints';
import type { Answer, Question } from '../diagnostic/answers';
import {
  MAX_DECIDING,
  NOT_SURE_LIMIT,
  TIE_BREAK_MARGIN,
  rankScores,
  signalOf,
  type Scores,
} from '../diagnostic/scoring';
import type { DecidingAnswer } from '../diagnostic/scoring';
import { median } from '../diagnostic/team';
import { signedChange } from '../diagnostic/compare';
import { noCounts, totalOf, type Counts } from './counts';
import { offCountOf, offCountText } from './off-count';
import { averageGap, votesOf } from './splits';

/** The answers a room votes with, in the order counts are kept: one finger … five fingers, then a closed fist. */

/** The first question set room mode was used with: sessions on any set from this one on keep opening. */
export const FIRST_ROOM_QUESTION_SET = 2;

export const ROOM_ANSWERS: readonly Answer[] = [1, 2, 3, 4, 5, 'not-sure'];
/** How many statements the result names as the room's widest splits. */
export const MOST_SPLIT = 3;

/** One statement's votes and what they say. */
export interface RoomStatement {
  id: string;
  constraint: ConstraintId;
  counts: Counts;
  /** Votes other than "not sure". */
  votes: number;
  notSure: number;
  /** Average signal, unrounded; null with no votes. */
  score: number | null;
  /** Average gap between two people's votes, in points (0–100); null with fewer than two votes. */
  split: number | null;
}

/** A constraint's row in the room's result. */
export interface RoomConstraintRow {
  id: ConstraintId;
  /** The room's score, 0–100, rounded like a run's; null with no votes. */
  score: number | null;
  /** The median vote's signal (the team view's `median`); null with no votes. */
  median: number | null;
  /** The average of its statements' splits, rounded; null when no statement has two votes. */
  split: number | null;
  votes: number;
}

export interface RoomTrapCheck {
  id: string;
  yes: number;
  no: number;
}

export interface DiagnosticRoomResult {
  statements: RoomStatement[];
  rows: RoomConstraintRow[];
  scores: Scores;
  ranking: { id: ConstraintId; score: number }[];
  dominant?: ConstraintId;
  margin?: number;
  lowConfidence: boolean;
  confidenceNotes: string[];
  /** The dominant constraint's statements the room pointed at it most strongly, each with its most common vote. */
  deciding: DecidingAnswer[];
  /** The statements with the widest splits, widest first (at most MOST_SPLIT, none at zero). */
  mostSplit: RoomStatement[];
  trap: RoomTrapCheck[];
  /** Trap checks that at least half the room said describe the team. */
  trapPresent: string[];
  /** Statements whose counts do not add up to the team. */
  offCount: number;
  /** Statements with no votes counted. */
  noVotes: number;
}

const signalsOf = (question: Question) => ROOM_ANSWERS.map((answer) => signalOf(answer, question.reverse));

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** One statement's figures from its counts. */
export function roomStatement(question: Question, counts: Counts): RoomStatement {
  const values = signalsOf(question);
  const votes = votesOf(counts, values);
  return {
    id: question.id,
    constraint: question.constraint,
    counts,
    votes: votes.length,
    notSure: totalOf(counts) - votes.length,
    score: mean(votes),
    split: averageGap(counts, values) ?? null,
  };
}

/** The vote most people gave among those pointing at the constraint (signal above 50); ties go to the stronger. */
function commonVote(question: Question, counts: Counts): Answer | undefined {
  let best: { answer: Answer; count: number; signal: number } | undefined;
  ROOM_ANSWERS.forEach((answer, index) => {
    const signal = signalOf(answer, question.reverse);
    const count = counts[index] ?? 0;
    if (signal === undefined || signal <= 50 || count === 0) return;
    if (!best || count > best.count || (count === best.count && signal > best.signal)) best = { answer, count, signal };
  });
  return best?.answer;
}

export interface DiagnosticRoomInput {
  questions: readonly Question[];
  /** Counts per statement id, in ROOM_ANSWERS order; a statement without counts has no votes. */
  counts: Readonly<Record<string, Counts>>;
  teamSize: number;
  /** The Coordination Trap checks' ids, in order, and their counts (yes, no). */
  trapChecks?: readonly string[];
  trapCounts?: Readonly<Record<string, Counts>>;
  questionSetVersion?: number;
}

/** The room's result from its counts. Pure and total: counts for unknown statements are ignored. */
export function summarizeDiagnosticRoom({
  questions,
  counts,
  teamSize,
  trapChecks = [],
  trapCounts = {},
  questionSetVersion = 2,
}: DiagnosticRoomInput): DiagnosticRoomResult {
  const statements = questions.map((q) => roomStatement(q, counts[q.id] ?? noCounts(ROOM_ANSWERS.length)));
  const rows: RoomConstraintRow[] = CONSTRAINT_IDS.map((id) => {
    const own = questions.filter((q) => q.constraint === id);
    const votes = own.flatMap((q) => votesOf(counts[q.id] ?? [], signalsOf(q)));
    const splits = statements.filter((s) => s.constraint === id && s.split !== null).map((s) => s.split!);
    const average = mean(votes);
    const split = mean(splits);
    return {
      id,
      score: average === null ? null : Math.round(average),
      median: median(votes),
      split: split === null ? null : Math.round(split),
      votes: votes.length,
    };
  });
  const scores = Object.fromEntries(rows.map((row) => [row.id, row.score])) as Scores;
  const ranking = rankScores(scores, questionSetVersion);
  const margin = ranking.length >= 2 ? ranking[0]!.score - ranking[1]!.score : undefined;
  const dominant = ranking[0]?.id;

  const votes = statements.reduce((sum, s) => sum + s.votes + s.notSure, 0);
  const notSure = statements.reduce((sum, s) => sum + s.notSure, 0);
  const offCount = offCountOf(
    statements.map((s) => s.counts),
    teamSize,
  );
  const noVotes = statements.filter((s) => totalOf(s.counts) === 0).length;
  const confidenceNotes: string[] = [];
  if (dominant === undefined) confidenceNotes.push('No statement has a vote other than “not sure”.');
  if (votes > 0 && notSure / votes > NOT_SURE_LIMIT)
    confidenceNotes.push(`${notSure} of ${votes} votes were “not sure”.`);
  if (margin !== undefined && margin < TIE_BREAK_MARGIN) {
    confidenceNotes.push(
      `The top two constraints are only ${margin} points apart: read both pages and decide together which is closer to the team.`,
    );
  }
  if (noVotes > 0) confidenceNotes.push(`${noVotes} of ${statements.length} statements have no votes counted.`);
  if (offCount > 0) {
    confidenceNotes.push(offCountText(offCount, ['statement', 'statements'], teamSize));
  }

  const deciding: DecidingAnswer[] =
    dominant === undefined
      ? []
      : questions
          .map((question, index) => ({ question, statement: statements[index]! }))
          .filter(({ question, statement }) => question.constraint === dominant && (statement.score ?? 0) > 50)
          .sort((a, b) => b.statement.score! - a.statement.score!)
          .slice(0, MAX_DECIDING)
          .flatMap(({ question, statement }) => {
            const answer = commonVote(question, statement.counts);
            return answer === undefined ? [] : [{ questionId: question.id, answer }];
          });

  const trap = trapChecks.map((id) => {
    const [yes = 0, no = 0] = trapCounts[id] ?? [];
    return { id, yes, no };
  });
  const result: DiagnosticRoomResult = {
    statements,
    rows,
    scores,
    ranking,
    lowConfidence: confidenceNotes.length > 0,
    confidenceNotes,
    deciding,
    mostSplit: statements
      .filter((s) => (s.split ?? 0) > 0)
      .sort((a, b) => b.split! - a.split!)
      .slice(0, MOST_SPLIT),
    trap,
    trapPresent: trap.filter((check) => check.yes > 0 && check.yes * 2 >= check.yes + check.no).map((c) => c.id),
    offCount,
    noVotes,
  };
  if (dominant !== undefined) result.dominant = dominant;
  if (margin !== undefined) result.margin = margin;
  return result;
}

/** A constraint's change in room score since an earlier session ("+5", "±0", "−5"), or "–". */
export function scoreChange(now: number | null, then: number | null): string {
  return now === null || then === null ? '–' : signedChange(now - then);
}
