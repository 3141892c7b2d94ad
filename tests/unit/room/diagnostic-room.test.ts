import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../../src/lib/constraints';
import type { Answer, Question } from '../../../src/lib/diagnostic/answers';
import { rankScores, scoreDiagnostic, signalOf } from '../../../src/lib/diagnostic/scoring';
import type { SharedResult } from '../../../src/lib/diagnostic/share';
import { median, summarizeTeam } from '../../../src/lib/diagnostic/team';
import { ROOM_ANSWERS, summarizeDiagnosticRoom } from '../../../src/lib/room/diagnostic-room';
import { currentQuestionSet } from '../../support/question-sets';

const questions: Question[] = currentQuestionSet().statements;
const TRAP = ['everyone-agrees', 'evidence-unused', 'back-to-baseline'];

/** One person's run: an answer, "not sure", or nothing (they sat the statement out), per statement. */
const arbitraryRun = (options: { notSure: boolean; abstain: boolean }) =>
  fc.tuple(
    ...questions.map(() =>
      fc.constantFrom<(Answer | undefined)[]>(
        1,
        2,
        3,
        4,
        5,
        ...(options.notSure ? (['not-sure'] as const) : []),
        ...(options.abstain ? [undefined] : []),
      ),
    ),
  );
const arbitraryRoom = (options = { notSure: true, abstain: true }) =>
  fc.array(arbitraryRun(options), { minLength: 2, maxLength: 30 });

/** What a facilitator types: for each statement, how many people gave each answer. */
function tally(runs: readonly (Answer | undefined)[][]) {
  return Object.fromEntries(
    questions.map((q, i) => [q.id, ROOM_ANSWERS.map((answer) => runs.filter((run) => run[i] === answer).length)]),
  );
}

/** The same figures worked out person by person from the individual runs, without any counts. */
function pooledFromRuns(runs: readonly (Answer | undefined)[][]) {
  const signal = (run: readonly (Answer | undefined)[], i: number) => {
    const answer = run[i];
    return answer === undefined ? undefined : signalOf(answer, questions[i]!.reverse);
  };
  const statementSplit = (i: number) => {
    const votes = runs.map((run) => signal(run, i)).filter((s): s is number => s !== undefined);
    let gaps = 0;
    let pairs = 0;
    for (let a = 0; a < votes.length; a += 1)
      for (let b = a + 1; b < votes.length; b += 1) {
        gaps += Math.abs(votes[a]! - votes[b]!);
        pairs += 1;
      }
    return pairs === 0 ? undefined : gaps / pairs;
  };
  return CONSTRAINT_IDS.map((id) => {
    const own = questions.flatMap((q, i) => (q.constraint === id ? [i] : []));
    const signals = runs.flatMap((run) => own.map((i) => signal(run, i)).filter((s): s is number => s !== undefined));
    const splits = own.map(statementSplit).filter((s): s is number => s !== undefined);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    return {
      id,
      score: signals.length === 0 ? null : Math.round(sum(signals) / signals.length),
      median: median(signals),
      split: splits.length === 0 ? null : Math.round(sum(splits) / splits.length),
      votes: signals.length,
    };
  });
}

describe('the diagnostic room', () => {
  it('gives, for any 2–30 people with any answers, exactly what pooling their individual runs gives', () => {
    fc.assert(
      fc.property(arbitraryRoom(), (runs) => {
        const room = summarizeDiagnosticRoom({ questions, counts: tally(runs), teamSize: runs.length });
        const pooled = pooledFromRuns(runs);
        expect(room.rows).toEqual(pooled);
        const scores = Object.fromEntries(pooled.map((row) => [row.id, row.score]));
        expect(room.ranking).toEqual(rankScores(scores as never));
        expect(room.dominant).toBe(rankScores(scores as never)[0]?.id);
      }),
      { numRuns: 150 },
    );
  });

  it('scores a constraint as the team’s average run when everyone answered every statement', () => {
    fc.assert(
      fc.property(arbitraryRoom({ notSure: false, abstain: false }), (runs) => {
        const room = summarizeDiagnosticRoom({ questions, counts: tally(runs), teamSize: runs.length });
        const members = runs.map((run) =>
          scoreDiagnostic(questions, Object.fromEntries(questions.map((q, i) => [q.id, run[i]!]))),
        );
        for (const row of room.rows) {
          const average = members.reduce((sum, m) => sum + m.scores[row.id]!, 0) / members.length;
          // Each member's score is rounded to a whole point, so their average may differ by less than one point.
          expect(Math.abs(row.score! - average)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('cannot know the team view’s member-by-member spread: two rooms with the same counts can hold different people', () => {
    const target = questions[0]!.constraint;
    const own = questions.filter((q) => q.constraint === target);
    const pointing = (q: Question, towards: boolean): Answer => (towards !== Boolean(q.reverse) ? 5 : 1);
    /** A person who points at the target constraint on the statements `towards` says, and is neutral elsewhere. */
    const person = (towards: (index: number) => boolean) =>
      Object.fromEntries(
        questions.map((q) => [q.id, q.constraint === target ? pointing(q, towards(own.indexOf(q))) : (3 as Answer)]),
      );
    // Room A: one person sees the constraint everywhere, the other nowhere: member scores 100 and 0.
    const roomA = [person(() => true), person(() => false)];
    // Room B: the same votes on every statement, but each person sees it on half: member scores 50 and 50.
    const roomB = [person((i) => i < 2), person((i) => i >= 2)];
    const countsOf = (room: Record<string, Answer>[]) =>
      Object.fromEntries(
        questions.map((q) => [q.id, ROOM_ANSWERS.map((a) => room.filter((r) => r[q.id] === a).length)]),
      );
    expect(countsOf(roomA)).toEqual(countsOf(roomB));
    const spread = (room: Record<string, Answer>[]) => {
      const shared: SharedResult[] = room.map((answers) => ({
        questionSetVersion: 2,
        scores: scoreDiagnostic(questions, answers).scores,
      }));
      return summarizeTeam(shared).rows.find((row) => row.id === target)!.spread;
    };
    expect([spread(roomA), spread(roomB)]).toEqual([100, 0]);
    const room = (r: Record<string, Answer>[]) =>
      summarizeDiagnosticRoom({ questions, counts: countsOf(r), teamSize: 2 });
    expect(room(roomA).rows).toEqual(room(roomB).rows);
  });

  it('names the statements the room split on most, widest first, and none where everyone agreed', () => {
    const [calm, split, wide] = questions;
    const result = summarizeDiagnosticRoom({
      questions,
      teamSize: 6,
      counts: {
        [calm!.id]: [0, 0, 0, 6, 0, 0],
        [split!.id]: [0, 3, 0, 3, 0, 0],
        [wide!.id]: [3, 0, 0, 0, 3, 0],
      },
    });
    expect(result.mostSplit.map((s) => s.id)).toEqual([wide!.id, split!.id]);
    // Three pairs of six people: nine of fifteen pairs disagree by 100 points.
    expect(result.mostSplit[0]!.split).toBeCloseTo((9 * 100) / 15);
    expect(result.statements[0]!.split).toBe(0);
  });

  it('flags counts that do not add up, statements with no votes and a close call, without rejecting any count', () => {
    const counts = Object.fromEntries(questions.map((q) => [q.id, [0, 0, 6, 0, 0, 0]]));
    counts[questions[0]!.id] = [0, 0, 5, 0, 0, 0];
    counts[questions[1]!.id] = [0, 0, 7, 0, 0, 0];
    delete counts[questions[2]!.id];
    const result = summarizeDiagnosticRoom({ questions, counts, teamSize: 6 });
    expect(result.offCount).toBe(2);
    expect(result.noVotes).toBe(1);
    expect(result.lowConfidence).toBe(true);
    expect(result.confidenceNotes.join(' ')).toMatch(/2 statements do not add up to the team of 6/);
    expect(result.confidenceNotes.join(' ')).toMatch(/1 of 32 statements have no votes/);
    expect(result.confidenceNotes.join(' ')).toMatch(/only 0 points apart/);
    expect(result.statements[1]!.votes).toBe(7);
  });

  it('gives a clear verdict with its margin, deciding statements and their most common vote', () => {
    const target = questions[0]!.constraint;
    const counts = Object.fromEntries(
      questions.map((q) => {
        const agrees = q.constraint === target;
        const pointing = agrees !== Boolean(q.reverse);
        return [q.id, pointing ? [0, 0, 0, 2, 4, 0] : [4, 2, 0, 0, 0, 0]];
      }),
    );
    const result = summarizeDiagnosticRoom({
      questions,
      counts,
      teamSize: 6,
      trapChecks: TRAP,
      trapCounts: { 'everyone-agrees': [4, 2], 'evidence-unused': [1, 5] },
    });
    expect(result.dominant).toBe(target);
    expect(result.lowConfidence).toBe(false);
    expect(result.margin).toBeGreaterThanOrEqual(15);
    expect(result.deciding).toHaveLength(3);
    for (const d of result.deciding) {
      const q = questions.find((question) => question.id === d.questionId)!;
      expect(d.answer).toBe(q.reverse ? 1 : 5);
    }
    expect(result.trapPresent).toEqual(['everyone-agrees']);
    expect(result.trap.at(-1)).toEqual({ id: 'back-to-baseline', yes: 0, no: 0 });
  });

  it('says so when every vote was “not sure”', () => {
    const counts = Object.fromEntries(questions.map((q) => [q.id, [0, 0, 0, 0, 0, 4]]));
    const result = summarizeDiagnosticRoom({ questions, counts, teamSize: 4 });
    expect(result.dominant).toBeUndefined();
    expect(result.confidenceNotes).toContain('No statement has a vote other than “not sure”.');
    expect(result.confidenceNotes.join(' ')).toMatch(/128 of 128 votes were “not sure”/);
  });
});
