import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../src/lib/constraints';
import { simulateDiagnostic } from '../../src/lib/diagnostic/simulation';
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

  it('uses each statement id once across every question set, so old answers never land on new statements', () => {
    const ids = sets.flatMap((set) => set.statements.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
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
    const cell = table.querySelector('tr[data-sigma="0.9"] [data-accuracy]')?.textContent;
    expect(cell).toBe(`${(at(0.9).accuracy * 100).toFixed(1)}%`);
  });
});
