import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../src/lib/constraints';
import { pooledSortResults, sortLoadings } from '../../src/lib/diagnostic/blind-sort';
import { simulateDiagnostic, simulationInputs, type MethodSimulations } from '../../src/lib/diagnostic/simulation';
import savedSimulations from '../../src/data/simulation-reports.json';
import { readSortRound, sortRounds } from '../../scripts/lib/sort-files';
import { tieBreakGaps, type TieBreakContent } from '../../src/lib/diagnostic/tie-break';
import { page, requireDist } from '../support/dist';
import { currentQuestionSet, questionSets } from '../support/question-sets';

const CONTENT = join(import.meta.dirname, '../../content');
const read = (path: string) => readFileSync(join(CONTENT, path), 'utf8');
const sets = questionSets();
const current = currentQuestionSet();
const statements = current.statements;

describe(`question set ${current.version} follows its written rules`, () => {
  it('states the rules in the file’s header, and the time frame once', () => {
    const header = read(`diagnostic/question-sets/${current.version}.yaml`).split('\nversion:')[0]!;
    expect(header).toMatch(/One idea per statement/);
    expect(header).toMatch(/reverse-keyed/);
    expect(current.timeFrame).toMatch(/last three months/);
  });

  it.each(CONSTRAINT_IDS)('%s has four statements, at least one reverse-keyed', (id) => {
    const own = statements.filter((s) => s.constraint === id);
    expect(own).toHaveLength(4);
    expect(own.some((s) => s.reverse)).toBe(true);
  });

  it('reverse-keys about a third of all statements', () => {
    const share = statements.filter((s) => s.reverse).length / statements.length;
    expect(share).toBeGreaterThanOrEqual(0.3);
    expect(share).toBeLessThanOrEqual(0.4);
  });

  it('has no “because”, no joining “or”, no “but”/“yet”, no assumed motive, and 60 to 140 characters each', () => {
    const problems = statements.flatMap((s) => [
      ...(/\bbecause\b/i.test(s.text) ? [`${s.id}: because`] : []),
      ...(/\s(or|but|yet)\s/i.test(s.text) ? [`${s.id}: joins two ideas`] : []),
      ...(/\bto (look|seem|appear)\b/i.test(s.text) ? [`${s.id}: assumes a motive`] : []),
      ...(s.text.length < 60 || s.text.length > 140 ? [`${s.id}: ${s.text.length} characters`] : []),
      ...(/three months|last quarter/i.test(s.text) ? [`${s.id}: repeats the time frame`] : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('uses a statement id again only for the very same statement, so old answers never land on new statements', () => {
    const byId = new Map<string, string>();
    const clashes = sets.flatMap((set) =>
      set.statements.flatMap((s) => {
        const same = `${s.constraint}|${s.reverse}|${s.text}`;
        const earlier = byId.get(s.id);
        byId.set(s.id, same);
        return earlier !== undefined && earlier !== same ? [`${s.id} in set ${set.version}`] : [];
      }),
    );
    expect(clashes).toEqual([]);
  });

  it('mixes none of the essay’s trap checks into the scored statements', () => {
    expect(statements.filter((s) => (s as { fromEssay?: boolean }).fromEssay)).toEqual([]);
  });
});

describe('the Coordination Trap check', () => {
  const checks = parse(read('diagnostic/coordination-trap.yaml')) as {
    id: string;
    symptom: string;
    question: string;
    constraints: string[];
  }[];
  const essay = read('source/ticket-factory-to-impact.md');

  it('is the essay’s appendix, word for word', () => {
    for (const check of checks) expect(essay).toContain(`- ${check.symptom} — ${check.question}`);
    expect(checks).toHaveLength(3);
  });

  it('maps each check to its constraints in one place: the checklist’s trap items name the check and nothing else', () => {
    const items = parse(read('checklist/items.yaml')) as {
      id: string;
      theme: string;
      trap?: string;
      constraints?: unknown;
    }[];
    const trapItems = items.filter((item) => item.theme === 'coordination-trap');
    expect(trapItems.map((item) => item.trap).sort()).toEqual(checks.map((check) => check.id).sort());
    expect(trapItems.filter((item) => item.constraints !== undefined)).toEqual([]);
  });
});

describe('the tie-break step', () => {
  const content = parse(read('diagnostic/tie-breaks.yaml')) as TieBreakContent;

  it('can fill the step for every pair of constraints, with contrasts written for at least eight confusable pairs', () => {
    expect(tieBreakGaps(content)).toEqual([]);
    expect(content.pairs.length).toBeGreaterThanOrEqual(8);
  });

  it('gives every written contrast its own id', () => {
    const ids = content.pairs.flatMap((pair) => pair.contrasts.map((contrast) => contrast.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the simulation on the shipped question set (fixed seed)', () => {
  const report = simulateDiagnostic(statements);
  const at = (sigma: number) => report.rows.find((row) => row.sigma === sigma)!;

  it('finds the true dominant constraint at least 90% of the time at σ = 0.9, with the tie-break', () => {
    expect(at(0.9).accuracy).toBeGreaterThanOrEqual(0.9);
    expect(at(0.9).accuracy).toBeGreaterThan(at(0.9).accuracyByScores);
  });

  it('is right at least 95% of the time when it does not flag low confidence, at σ = 0.9', () => {
    expect(at(0.9).confidentAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('favors no constraint for random answers: none wins more than 1.5 times its fair share', () => {
    expect(report.random.largestOverFair).toBeLessThanOrEqual(1.5);
  });

  it('publishes the same figures on the method page', () => {
    requireDist();
    const table = page('tools/diagnostic/method/index.html');
    const cell = table.querySelector('[data-simulation="labels"] tr[data-sigma="0.9"] [data-accuracy]')?.textContent;
    expect(cell).toBe(`${(at(0.9).accuracy * 100).toFixed(1)}%`);
  });
});

describe('the simulation with the blind sort’s loadings (fixed seed)', () => {
  const results = pooledSortResults(sortRounds().map(readSortRound));
  const report = simulateDiagnostic(statements, { loadings: sortLoadings(results) });
  const at = (sigma: number) => report.rows.find((row) => row.sigma === sigma)!;

  it('finds the true dominant constraint at least 83% of the time by scores alone and 90% with the tie-break, at σ = 0.9', () => {
    expect(at(0.9).accuracyByScores).toBeGreaterThanOrEqual(0.83);
    expect(at(0.9).accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('still favors no constraint for random answers: none wins more than 1.5 times its fair share', () => {
    expect(report.random.largestOverFair).toBeLessThanOrEqual(1.5);
  });

  it('is what src/data/simulation-reports.json holds, from these inputs (else run npm run diagnostic:simulation)', () => {
    const saved = savedSimulations as MethodSimulations;
    expect(saved.inputs).toBe(simulationInputs(statements, sortLoadings(results)));
    expect(saved.labels).toEqual(simulateDiagnostic(statements));
    expect(saved.sort).toEqual(report);
  });

  it('is worse with the previous set’s loadings, which is why the set changed', () => {
    const previous = sets.at(-2)!;
    const before = simulateDiagnostic(previous.statements, { loadings: sortLoadings(results), respondents: 4000 });
    const own = simulateDiagnostic(previous.statements, { respondents: 4000 });
    const ninety = (r: typeof before) => r.rows.find((row) => row.sigma === 0.9)!.accuracyByScores;
    expect(ninety(before)).toBeLessThan(ninety(own) - 0.05);
  });

  it('publishes both models and the sort, statement by statement, on the method page and its blind-sort page', () => {
    requireDist();
    const method = page('tools/diagnostic/method/index.html');
    const cell = method.querySelector('[data-simulation="sort"] tr[data-sigma="0.9"] [data-accuracy-by-scores]');
    expect(cell?.textContent).toBe(`${(at(0.9).accuracyByScores * 100).toFixed(1)}%`);
    const rows = method.querySelectorAll('[data-sort-table="sort-current"] tbody tr');
    expect(rows.map((row) => row.getAttribute('data-statement'))).toEqual(statements.map((s) => s.id));
    expect(rows.filter((row) => row.getAttribute('data-meets') !== 'true')).toEqual([]);
    const dropped = sets.at(-2)!.statements.filter((s) => !statements.some((current) => current.id === s.id));
    expect(
      page('tools/diagnostic/method/blind-sort/index.html')
        .querySelectorAll('[data-sort-table="sort-previous"] tbody tr')
        .map((row) => row.getAttribute('data-statement')),
    ).toEqual(dropped.map((s) => s.id));
    expect(method.querySelector('#blind-sort')?.parentNode?.textContent).toMatch(/automated reviewers/);
  });
});
