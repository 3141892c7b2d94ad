import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fillBrief,
  judgeSet,
  pooledSortResults,
  scoreSortItem,
  sortAnswersSchema,
  type SortAnswers,
  type SortStatement,
} from '../../../src/lib/diagnostic/blind-sort';
import { seededShuffle } from '../../../src/lib/random';
import { briefTemplate, readSortRound, sortRounds } from '../../../scripts/lib/sort-files';
import { currentQuestionSet } from '../../support/question-sets';

const statement = (code: string, id: string, reverse = false): SortStatement => ({
  code,
  id,
  constraint: 'structural-equilibrium',
  reverse,
  text: `A statement called ${id}, long enough.`,
  from: 'test',
});

type Pick = [constraint: string, agreeingMeans: 'more' | 'less', flaw?: string];
/** One file per reviewer, each answering the statement `code` with one pick. */
const reviewersAnswering = (code: string, picks: Pick[]): SortAnswers[] =>
  picks.map(([constraint, agreeingMeans, flaw = 'none'], i) =>
    sortAnswersSchema.parse({
      reviewer: `r${String(i + 1).padStart(2, '0')}`,
      answers: [{ statement: code, constraint, fit: 4, agreeingMeans, flaw }],
    }),
  );

describe('the blind sort’s statistics', () => {
  it('psa is the share choosing the intended constraint, csv that share minus the largest other', () => {
    const files = reviewersAnswering('S01', [
      ['Structural Equilibrium', 'more'],
      ['Structural Equilibrium', 'more'],
      ['Structural Equilibrium', 'more'],
      ['Structural Equilibrium', 'more'],
      ['Structural Equilibrium', 'less'],
      ['Coordination Friction', 'more'],
      ['Coordination Friction', 'more'],
      ['none', 'more'],
    ]);
    const result = scoreSortItem(statement('S01', 'a'), files);
    expect(result.psa).toBe(5 / 8);
    expect(result.csv).toBe(5 / 8 - 2 / 8);
    expect(result.topOther).toEqual({ pick: 'coordination-friction', share: 2 / 8 });
    // Keying counts only for reviewers who chose the intended constraint and read its direction as intended.
    expect(result.keyingAgreement).toBe(4 / 8);
    // "none" loads on the intended constraint.
    expect(result.loadings).toEqual({ 'structural-equilibrium': 6 / 8, 'coordination-friction': 2 / 8 });
    expect(result.misses).toEqual(['psa 0.63 < 0.75', 'csv 0.38 < 0.5', 'keying read as intended by 50%']);
  });

  it('"none" never counts as the largest other constraint for csv', () => {
    const files = reviewersAnswering('S01', [
      ['Structural Equilibrium', 'less'],
      ['Structural Equilibrium', 'less'],
      ['none', 'less'],
      ['none', 'less'],
    ]);
    const result = scoreSortItem(statement('S01', 'a', true), files);
    expect(result).toMatchObject({ psa: 0.5, csv: 0.5, keyingAgreement: 0.5 });
    expect(result.topOther).toEqual({ pick: 'none', share: 0.5 });
  });

  it('a flaw fails a statement only when two reviewers name the same kind', () => {
    const twoKinds = reviewersAnswering('S01', [
      ['Structural Equilibrium', 'more', 'unclear'],
      ['Structural Equilibrium', 'more', 'conditional'],
    ]);
    expect(scoreSortItem(statement('S01', 'a'), twoKinds).misses).toEqual([]);
    const sameKind = reviewersAnswering('S01', [
      ['Structural Equilibrium', 'more', 'unclear'],
      ['Structural Equilibrium', 'more', 'unclear'],
    ]);
    expect(scoreSortItem(statement('S01', 'a'), sameKind).misses).toEqual(['2 reviewers name it unclear']);
  });

  it('a set misses when its mean psa is under 0.9, even if every statement passes alone', () => {
    const item = (psa: number) => ({ ...scoreSortItem(statement('S01', 'a'), []), psa, misses: [] });
    expect(judgeSet([item(0.8), item(0.8)]).misses).toEqual(['mean psa 0.80 < 0.9']);
    expect(judgeSet([item(1), item(0.8)]).misses).toEqual([]);
  });

  it('pools a statement over every round that sorted it, by id, whatever its code in each round', () => {
    const round = (n: number, code: string) => ({
      round: {
        round: n,
        date: '2026-12-06',
        summary: 'A round made up for this test.',
        statements: [statement(code, 'kept')],
      },
      answers: reviewersAnswering(code, [
        ['Structural Equilibrium', 'more', 'unclear'],
        ['Coordination Friction', 'more'],
      ]),
    });
    const pooled = pooledSortResults([round(1, 'S07'), round(2, 'S31')]).get('kept')!;
    expect(pooled).toMatchObject({ reviewers: 4, psa: 0.5, rounds: [1, 2] });
    expect(pooled.flaws).toEqual([{ flaw: 'unclear', reviewers: 2 }]);
  });

  it('refuses to pool an id whose words changed between rounds', () => {
    const first = {
      round: { round: 1, date: 'd', summary: 'A round made up for this test.', statements: [statement('S01', 'same')] },
    };
    const files = reviewersAnswering('S01', [['Structural Equilibrium', 'more']]);
    const changed = { ...statement('S01', 'same'), text: 'Other words for the same id, long enough.' };
    expect(() =>
      pooledSortResults([
        { ...first, answers: files },
        {
          round: { round: 2, date: 'd', summary: 'A round made up for this test.', statements: [changed] },
          answers: files,
        },
      ]),
    ).toThrow('"same" has other words than in an earlier round');
  });

  it('an answers file naming something other than the eight constraints or "none" is refused', () => {
    const result = sortAnswersSchema.safeParse({
      reviewer: 'r01',
      answers: [{ statement: 'S01', constraint: 'Tech Debt', fit: 3, agreeingMeans: 'more', flaw: 'none' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('"Tech Debt" is not one of the eight constraints or "none"');
  });
});

describe('the briefs', () => {
  it('the same seed gives the same order; another seed another', () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    expect(seededShuffle(items, 7)).toEqual(seededShuffle(items, 7));
    expect(seededShuffle(items, 7)).not.toEqual(seededShuffle(items, 8));
    expect([...seededShuffle(items, 7)].sort((a, b) => a - b)).toEqual(items);
  });

  it('each reviewer’s brief lists every statement of the round once, by code and text only', () => {
    const { round, reviewers } = readSortRound(1);
    const brief = fillBrief(briefTemplate(), reviewers[0]!, round.statements);
    const listed = brief.split('\n').filter((line) => /^- S\d+: /.test(line));
    expect(listed).toHaveLength(round.statements.length);
    for (const s of round.statements) expect(listed).toContain(`- ${s.code}: ${s.text}`);
    // Nothing in the brief gives away what a statement was written for.
    for (const s of round.statements) expect(brief).not.toContain(s.id);
    expect(brief).not.toMatch(/\{\{|\}\}/);
  });
});

describe('the committed sort', () => {
  const rounds = sortRounds().map(readSortRound);

  it('every round has at least 8 reviewers, each with a distinct background and an answer to every statement', () => {
    expect(rounds.length).toBeGreaterThan(0);
    for (const { round, reviewers, answers } of rounds) {
      expect(answers.length, `round ${round.round}`).toBeGreaterThanOrEqual(8);
      expect(new Set(reviewers.map((r) => r.background)).size).toBe(reviewers.length);
      for (const file of answers) expect(file.answers).toHaveLength(round.statements.length);
    }
    const everyone = rounds.flatMap((r) => r.reviewers.map((reviewer) => reviewer.id));
    expect(new Set(everyone).size, 'no reviewer takes part in two rounds').toBe(everyone.length);
  });

  it('the current question set meets every target of the protocol', () => {
    const set = currentQuestionSet();
    const pooled = pooledSortResults(rounds);
    const unsorted = set.statements.filter((s) => !pooled.has(s.id)).map((s) => s.id);
    expect(unsorted).toEqual([]);
    expect(judgeSet(set.statements.map((s) => pooled.get(s.id)!)).misses).toEqual([]);
    // What the sort scored is what the set asks: the same words, constraint and keying.
    for (const s of set.statements) {
      const sorted = rounds.flatMap((r) => r.round.statements).find((x) => x.id === s.id)!;
      expect({ text: sorted.text, constraint: sorted.constraint, reverse: sorted.reverse }).toEqual({
        text: s.text,
        constraint: s.constraint,
        reverse: s.reverse,
      });
    }
  });

  it('npm run diagnostic:sort-report prints both sets’ tables from the files alone', () => {
    const root = join(import.meta.dirname, '../../..');
    const report = execFileSync(process.execPath, [join(root, 'scripts/diagnostic-sort-report.ts')], {
      encoding: 'utf8',
    });
    expect(report).toContain('## Question set 2');
    expect(report).toContain(`## Question set ${currentQuestionSet().version}`);
    expect(report.trimEnd().endsWith('Every target met.')).toBe(true);
  });
});
