import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../../src/lib/constraints';
import type { Answer, Question } from '../../../src/lib/diagnostic/answers';
import { compareWithEarlier, signedChange } from '../../../src/lib/diagnostic/compare';
import type { Scores } from '../../../src/lib/diagnostic/scoring';
import { verdictOf } from '../../../src/lib/diagnostic/verdict';
import type { DiagnosticRun } from '../../../src/lib/tools/diagnostic-data';

const scores = (values: number[]) => Object.fromEntries(CONSTRAINT_IDS.map((id, i) => [id, values[i] ?? 0])) as Scores;
const v2: Question[] = CONSTRAINT_IDS.flatMap((constraint) =>
  [1, 2, 3, 4].map((n) => ({ id: `${constraint}-${n}`, constraint, text: 'x', reverse: n === 4 })),
);

describe('the verdict of a run or a link', () => {
  it('from answers and their statements, is the scoring’s verdict, tie-break included', () => {
    const answers: Record<string, Answer> = Object.fromEntries(v2.map((q) => [q.id, (q.reverse ? 4 : 2) as Answer]));
    for (const q of v2.filter((x) => x.constraint === 'social-stasis' || x.constraint === 'temporal-myopia'))
      answers[q.id] = q.reverse ? 1 : 5;
    answers['temporal-myopia-1'] = 4;
    const verdict = verdictOf({
      scores: scores([]),
      questionSetVersion: 2,
      questions: v2,
      answers,
      tieBreakPicks: ['temporal-myopia', 'temporal-myopia', 'temporal-myopia', 'temporal-myopia'],
    });
    expect(verdict).toMatchObject({ dominant: 'temporal-myopia', byTieBreak: true, lowConfidence: false });
    expect(verdict.deciding.length).toBeGreaterThan(0);
  });

  it('from a shared link without answers, is what the link says, even against the score order', () => {
    const verdict = verdictOf({
      scores: scores([70, 68]),
      questionSetVersion: 2,
      shared: { dominant: 'context-information-debt', lowConfidence: false, byTieBreak: true },
    });
    expect(verdict).toMatchObject({ dominant: 'context-information-debt', byTieBreak: true, deciding: [] });
    expect(verdict.ranking[0]!.id).toBe('incentive-drift');
  });

  it('from question-set-1 scores alone, follows set 1’s rules: essay order for ties, a 10-point margin', () => {
    const verdict = verdictOf({ scores: scores([50, 50, 20]), questionSetVersion: 1 });
    expect(verdict).toMatchObject({ dominant: 'incentive-drift', margin: 0, lowConfidence: true });
    expect(verdictOf({ scores: scores([60, 50]), questionSetVersion: 1 }).lowConfidence).toBe(false);
  });
});

describe('“since last run”', () => {
  const run = (id: string, questionSetVersion: number, first: number): DiagnosticRun => ({
    id,
    finishedAt: '2026-11-01T10:00:00.000Z',
    questionSetVersion,
    scores: scores([first]),
    answers: {},
  });

  it('compares with the latest earlier run of the same question set', () => {
    const runs = [run('a', 2, 10), run('b', 1, 90), run('c', 2, 40), run('d', 2, 55)];
    expect(compareWithEarlier(runs, 'd').changes?.['incentive-drift']).toBe(15);
    expect(compareWithEarlier(runs, 'c').changes?.['incentive-drift']).toBe(30);
  });

  it('says why it cannot compare when every earlier run used another set, and says nothing for a first run', () => {
    const runs = [run('a', 1, 10), run('b', 2, 40)];
    expect(compareWithEarlier(runs, 'b')).toEqual({
      note: expect.stringMatching(/question set 1, whose statements differ from this run’s \(set 2\)/),
    });
    expect(compareWithEarlier(runs, 'a')).toEqual({});
  });
});

describe('a change since the last run, in words', () => {
  it('signs gains, marks no change, and uses a true minus for losses', () => {
    expect([signedChange(5), signedChange(0), signedChange(-12)]).toEqual(['+5', '±0', '−12']);
  });
});
