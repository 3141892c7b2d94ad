import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, Question } from '../../../src/lib/diagnostic/answers';
import {
  analyzeBySet,
  analyzeItems,
  cronbachAlpha,
  MIN_TRUSTED_ANSWERS,
  pearson,
} from '../../../src/lib/diagnostic/item-analysis';
import { SIMULATION_SEED } from '../../../src/lib/diagnostic/simulation';
import {
  ANALYSIS_RESPONDENTS,
  ANALYSIS_SIGMA,
  checkItemAnalysis,
  flaggedStatements,
} from '../../../src/lib/diagnostic/item-analysis-check';
import { ALPHA_SAMPLING_ALLOWANCE, modelAlpha, simulatedPooledFile } from '../../support/item-analysis';
import { currentQuestionSet, questionSets } from '../../support/question-sets';

const ROOT = join(import.meta.dirname, '../../..');
const EXAMPLE = join(ROOT, 'tests/fixtures/pooled-answers/simulated.jsonl');
const set = currentQuestionSet();
const statements = set.statements;

const q = (id: string, constraint: Question['constraint'], reverse = false): Question => ({
  id,
  constraint,
  text: id,
  reverse,
});

describe('the item analysis’s formulas', () => {
  it('Cronbach’s alpha and Pearson’s r match hand-worked examples', () => {
    // Items 1,2,3,4 and 2,1,4,3: item variances 5/3 each, the sum 3,3,7,7 has variance 16/3: 2 · (1 − (10/3)/(16/3)).
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 1],
        [3, 4],
        [4, 3],
      ]),
    ).toBeCloseTo(0.75, 10);
    expect(
      cronbachAlpha([
        [1, 1],
        [2, 2],
        [3, 3],
      ]),
    ).toBeCloseTo(1, 10);
    expect(cronbachAlpha([[1], [2]])).toBeNull();
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toEqual({ value: 1, n: 4 });
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2]).value).toBeCloseTo(-1, 10);
    expect(pearson([1, null, 3, 4, 5], [1, 9, 3, null, 5])).toEqual({ value: 1, n: 3 });
    expect(pearson([1, 1, 1], [1, 2, 3]).value).toBeNull();
  });

  it('treats “not sure” as missing, never as zero', () => {
    const questions = [q('a', 'social-stasis'), q('b', 'social-stasis'), q('c', 'social-stasis')];
    const base: Record<string, Answer>[] = [
      { a: 1, b: 1, c: 2 },
      { a: 2, b: 3, c: 2 },
      { a: 4, b: 4, c: 5 },
      { a: 5, b: 4, c: 4 },
    ];
    const withNotSure = [...base, { a: 'not-sure', b: 5, c: 5 } as Record<string, Answer>];
    const withBlank = [...base, { b: 5, c: 5 } as Record<string, Answer>];
    const analysis = analyzeItems(questions, withNotSure);
    const blank = analyzeItems(questions, withBlank);
    expect(analysis.constraints).toEqual(blank.constraints);
    expect(analysis.statements.map((s) => s.own)).toEqual(blank.statements.map((s) => s.own));
    expect(analysis.statements[0]).toMatchObject({ answered: 4, notSure: 1, notSureShare: 0.2 });
    // Counted as the lowest answer instead, the figures would move.
    const asZero = analyzeItems(questions, [...base, { a: 1, b: 5, c: 5 }]);
    expect(asZero.statements[0]!.own).not.toEqual(analysis.statements[0]!.own);
  });

  it('turns reverse-keyed statements round before correlating them', () => {
    const questions = [q('up', 'temporal-myopia'), q('also-up', 'temporal-myopia'), q('down', 'temporal-myopia', true)];
    const responses = [1, 2, 3, 4, 5, 2, 4].map((level) => ({
      up: level as Answer,
      'also-up': level as Answer,
      down: (6 - level) as Answer,
    }));
    const analysis = analyzeItems(questions, responses);
    expect(analysis.statements.map((s) => s.own.value)).toEqual([1, 1, 1].map((v) => expect.closeTo(v, 10)));
    expect(analysis.constraints.find((c) => c.id === 'temporal-myopia')!.alpha.value).toBeCloseTo(1, 10);
  });

  it('leaves a statement everyone skipped out of its constraint’s alpha, and says so', () => {
    const questions = [
      q('a', 'social-stasis'),
      q('b', 'social-stasis'),
      q('c', 'social-stasis'),
      q('skipped', 'social-stasis'),
    ];
    const responses: Record<string, Answer>[] = [
      { a: 1, b: 2, c: 1, skipped: 'not-sure' },
      { a: 3, b: 3, c: 4 },
      { a: 5, b: 4, c: 5, skipped: 'not-sure' },
      { a: 2, b: 2, c: 3 },
    ];
    const analysis = analyzeItems(questions, responses);
    const constraint = analysis.constraints.find((c) => c.id === 'social-stasis')!;
    expect(constraint.statements).toEqual(['a', 'b', 'c']);
    expect(constraint.unanswered).toEqual(['skipped']);
    expect(constraint.alpha.n).toBe(4);
    expect(constraint.alpha.value).toBeCloseTo(
      cronbachAlpha(responses.map((r) => [r.a, r.b, r.c].map((v) => Number(v) - 1)))!,
      10,
    );
    const skipped = analysis.statements.find((s) => s.id === 'skipped')!;
    expect(skipped).toMatchObject({ answered: 0, notSure: 2, own: { value: null, n: 0 }, alphaIfDropped: null });
    expect(skipped.mayMeasure).toBeUndefined();
  });

  it('gives no alpha to a constraint with one statement answered, and flags nothing it cannot measure', () => {
    const questions = [
      q('only', 'incentive-drift'),
      q('never', 'incentive-drift'),
      q('x', 'social-stasis'),
      q('y', 'social-stasis'),
    ];
    const responses = [1, 2, 3, 4, 5].map((v) => ({ only: v as Answer, x: v as Answer, y: v as Answer }));
    const analysis = analyzeItems(questions, responses);
    expect(analysis.constraints.find((c) => c.id === 'incentive-drift')).toMatchObject({
      statements: ['only'],
      unanswered: ['never'],
      alpha: { value: null, n: 0 },
    });
    const only = analysis.statements.find((s) => s.id === 'only')!;
    expect(only.own).toEqual({ value: null, n: 0 });
    // It follows social stasis perfectly, but with no own figure nothing says which it measures better.
    expect(only.others['social-stasis']!.value).toBeCloseTo(1, 10);
    expect(only.mayMeasure).toBeUndefined();
  });

  it('flags answers piled on one side and many “not sure”, with the shares at each point', () => {
    const questions = [q('floor', 'social-stasis'), q('unclear', 'social-stasis')];
    const floor: Answer[] = [1, 1, 2, 2, 1, 2, 1, 2, 3, 5];
    const unclear: Answer[] = ['not-sure', 'not-sure', 'not-sure', 3, 3, 2, 4, 4, 5, 1];
    const analysis = analyzeItems(
      questions,
      floor.map((answer, i) => ({ floor: answer, unclear: unclear[i]! })),
    );
    expect(analysis.statements[0]).toMatchObject({
      oneSided: 'disagree',
      manyNotSure: false,
      pointShares: [0.4, 0.4, 0.1, 0, 0.1],
    });
    expect(analysis.statements[1]).toMatchObject({ manyNotSure: true, notSureShare: 0.3 });
    expect(analysis.statements[1]!.oneSided).toBeUndefined();
    // Exactly 80 % by 7 + 1 of 10, where 0.7 + 0.1 falls short in floating point.
    const edge = analyzeItems(
      [q('edge', 'social-stasis')],
      ([1, 1, 1, 1, 1, 1, 1, 2, 4, 5] as Answer[]).map((a) => ({ edge: a })),
    );
    expect(edge.statements[0]!.oneSided).toBe('disagree');
  });

  it('names two constraints whose scores move together as not told apart', () => {
    const questions = [
      q('a1', 'social-stasis'),
      q('a2', 'social-stasis'),
      q('b1', 'coordination-friction'),
      q('b2', 'coordination-friction'),
      q('c1', 'temporal-myopia'),
      q('c2', 'temporal-myopia'),
    ];
    const responses = [1, 2, 3, 4, 5, 3, 2].map((v, i) => ({
      a1: v as Answer,
      a2: v as Answer,
      b1: v as Answer,
      b2: v as Answer,
      c1: ((i % 5) + 1) as Answer,
      c2: (((i * 3) % 5) + 1) as Answer,
    }));
    const { confusedPairs } = analyzeItems(questions, responses);
    expect(confusedPairs).toEqual([{ a: 'coordination-friction', b: 'social-stasis', r: expect.closeTo(1, 10) }]);
  });

  it('lets another scale take a statement only when it correlates with it positively', () => {
    // "bad" goes against its own scale (own r −1) and barely with nothing else: no scale takes it.
    const questions = [
      q('a', 'social-stasis'),
      q('b', 'social-stasis'),
      q('bad', 'social-stasis'),
      q('c', 'temporal-myopia'),
      q('d', 'temporal-myopia'),
    ];
    const levels = [1, 2, 3, 4, 5, 2, 4, 3];
    const responses = levels.map((v, i) => ({
      a: v as Answer,
      b: v as Answer,
      bad: (6 - v) as Answer,
      c: ((i % 2) + 2) as Answer,
      d: ((i % 2) + 3) as Answer,
    }));
    const bad = analyzeItems(questions, responses).statements.find((s) => s.id === 'bad')!;
    expect(bad.own.value).toBeLessThan(0);
    expect(bad.others['temporal-myopia']!.value).toBeLessThanOrEqual(0.3);
    expect(bad.mayMeasure === undefined || bad.others[bad.mayMeasure]!.value! > 0).toBe(true);
  });

  it('keeps question sets apart and leaves out a set it does not know', () => {
    const one = [q('a', 'social-stasis'), q('b', 'social-stasis')];
    const two = [q('c', 'social-stasis'), q('d', 'social-stasis')];
    const { sets, unknownVersions } = analyzeBySet(
      [
        { questionSet: 2, answers: { c: 1, d: 2 } },
        { questionSet: 1, answers: { a: 1, b: 1 } },
        { questionSet: 2, answers: { c: 3, d: 3, a: 5 } },
        { questionSet: 9, answers: { a: 1 } },
      ],
      new Map([
        [1, one],
        [2, two],
      ]),
    );
    expect(sets.map((s) => [s.version, s.analysis.respondents, s.analysis.unknownAnswers])).toEqual([
      [1, 1, 0],
      [2, 2, 1],
    ]);
    expect([...unknownVersions]).toEqual([[9, 1]]);
  });
});

describe(`the item analysis on ${ANALYSIS_RESPONDENTS} model respondents (question set ${set.version}, σ ${ANALYSIS_SIGMA}, seed ${SIMULATION_SEED})`, () => {
  const check = checkItemAnalysis(statements);

  it('flags no statement when every statement measures its own constraint, and every alpha clears the model’s floor', () => {
    expect(flaggedStatements(check.clean)).toEqual([]);
    expect(check.clean.confusedPairs).toEqual([]);
    for (const constraint of check.clean.constraints) {
      const floor = modelAlpha(statements.filter((s) => s.constraint === constraint.id)) - ALPHA_SAMPLING_ALLOWANCE;
      expect(floor).toBeGreaterThan(0.5);
      expect(constraint.alpha.n).toBeGreaterThanOrEqual(MIN_TRUSTED_ANSWERS);
      expect(constraint.alpha.value, constraint.id).toBeGreaterThan(floor);
    }
  });

  it('flags exactly two planted statements, each naming the constraint it follows', () => {
    expect(check.planted).toHaveLength(2);
    expect(new Set(check.planted.map((p) => statements.find((s) => s.id === p.id)!.reverse))).toEqual(
      new Set([true, false]),
    );
    expect(flaggedStatements(check.withPlanted)).toEqual(check.planted);
    // Their own constraints' alphas rise when they are dropped.
    for (const { id } of check.planted) {
      const statement = check.withPlanted.statements.find((s) => s.id === id)!;
      const alpha = check.withPlanted.constraints.find((c) => c.id === statement.constraint)!.alpha.value!;
      expect(statement.alphaIfDropped!).toBeGreaterThan(alpha);
    }
  });
});

describe('npm run diagnostic:item-analysis', () => {
  it('has an example file that is exactly what the model gives (UPDATE_EXAMPLE=1 rewrites it)', () => {
    const expected = simulatedPooledFile(questionSets());
    if (process.env['UPDATE_EXAMPLE'] === '1') writeFileSync(EXAMPLE, expected);
    expect(readFileSync(EXAMPLE, 'utf8')).toBe(expected);
  });

  const run = (...files: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/diagnostic-item-analysis.ts'), ...files], { encoding: 'utf8' });

  it('prints each question set of the example file apart, with the warning where answers are too few', () => {
    const report = execFileSync(process.execPath, [join(ROOT, 'scripts/diagnostic-item-analysis.ts'), EXAMPLE], {
      encoding: 'utf8',
    });
    const lines = readFileSync(EXAMPLE, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { questionSet: number });
    for (const version of new Set(lines.map((line) => line.questionSet))) {
      const count = lines.filter((line) => line.questionSet === version).length;
      expect(report).toContain(`# Question set ${version}: ${count} respondents`);
    }
    expect(report).toMatch(/Warning: \d+ figures below \(marked \*\) rest on fewer than 50 answers/);
    expect(report).toContain('Cronbach, L. J. (1951)');
    expect(report).toContain('Campbell, D. T., & Fiske, D. W. (1959)');
  });

  it('refuses a damaged file naming the file, the line and the field, and prints no figure', () => {
    const folder = mkdtempSync(join(tmpdir(), 'item-analysis-'));
    const damaged = join(folder, 'team.jsonl');
    writeFileSync(
      damaged,
      '{"member":1,"questionSet":3,"answers":{"a":4}}\n{"member":2,"questionSet":3,"answers":{"a":7}}\n',
    );
    const result = run(damaged);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      'team.jsonl, line 2: "answers" → "a" must be a statement id with an answer from 1 to 5 or "not-sure".',
    );
  });
});
