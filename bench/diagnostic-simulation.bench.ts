/**
 * `npm run bench:diagnostic`: the diagnostic's accuracy on simulated respondents (src/lib/diagnostic/simulation.ts),
 * printed as the Markdown tables README and the method page show, for both respondent models: statements that measure
 * exactly their own constraint, and statements that load as the blind sort read them. Fixed seed: the same tables
 * every run. The targets are asserted in `npm test` (tests/site/diagnostic-content.test.ts); this prints the figures.
 * `BENCH_RESPONDENTS=200` runs it small (as `npm test` does, so the bench cannot rot).
 *
 * Then the item analysis (src/lib/diagnostic/item-analysis.ts) on 500 model respondents, fixed seed: the alphas, and
 * the statements it flags with two statements planted to follow another constraint (it should flag exactly those).
 */
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../src/lib/constraints';
import { pooledSortResults, sortLoadings } from '../src/lib/diagnostic/blind-sort';
import type { SetAnalysis } from '../src/lib/diagnostic/item-analysis';
import { checkItemAnalysis } from '../src/lib/diagnostic/item-analysis-check';
import { simulateDiagnostic, SIMULATION_RESPONDENTS, type SimulationReport } from '../src/lib/diagnostic/simulation';
import { readSortRound, sortRounds } from '../scripts/lib/sort-files';
import { modelAlpha } from '../tests/support/item-analysis';
import { currentQuestionSet, questionSets } from '../tests/support/question-sets';

const set = currentQuestionSet();
const respondents = Number(process.env['BENCH_RESPONDENTS'] ?? SIMULATION_RESPONDENTS);
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function table(title: string, report: SimulationReport, version = set.version): string[] {
  return [
    `${title}: question set ${version}, ${report.rows[0]!.respondents.toLocaleString('en-US')} respondents per σ, seed ${report.seed}:`,
    '',
    '| σ | right by scores alone | right with the tie-break | reached the tie-break | flagged low confidence | right when not flagged |',
    '|---|---|---|---|---|---|',
    ...report.rows.map(
      (row) =>
        `| ${row.sigma} | ${percent(row.accuracyByScores)} | ${percent(row.accuracy)} | ${percent(row.tieBreakShare)} | ${percent(row.lowConfidenceShare)} | ${percent(row.confidentAccuracy)} |`,
    ),
    '',
    `Random answers (${report.random.respondents.toLocaleString('en-US')}): largest share ${report.random.largestOverFair.toFixed(2)}× the fair 1/8; ` +
      CONSTRAINT_IDS.map((id) => `${id} ${percent(report.random.shares[id])}`).join(', '),
    '',
  ];
}

describe(`the diagnostic on simulated respondents (question set ${set.version})`, () => {
  it('prints the accuracy tables for both respondent models', () => {
    const loadings = sortLoadings(pooledSortResults(sortRounds().map(readSortRound)));
    const labels = simulateDiagnostic(set.statements, { respondents });
    const sorted = simulateDiagnostic(set.statements, { respondents, loadings });
    // The previous set under the same two models: what the sort found, and why the set changed.
    const previous = questionSets().at(-2)!;
    const previousLabels = simulateDiagnostic(previous.statements, { respondents });
    const previousSorted = simulateDiagnostic(previous.statements, { respondents, loadings });
    console.log(
      [
        ...table('Statements measure their own constraint', labels),
        ...table('Statements load as the blind sort read them', sorted),
        ...table('Statements measure their own constraint', previousLabels, previous.version),
        ...table('Statements load as the blind sort read them', previousSorted, previous.version),
      ].join('\n'),
    );
    expect(sorted.rows).toHaveLength(labels.rows.length);
  });

  it('prints the item analysis on model respondents, with and without two planted statements', () => {
    const check = checkItemAnalysis(set.statements);
    const flagged = (analysis: SetAnalysis) =>
      analysis.statements
        .filter((s) => s.mayMeasure)
        .map(
          (s) =>
            `${s.id} → ${s.mayMeasure} (${s.others[s.mayMeasure!]!.value!.toFixed(2)} ≥ own ${s.own.value!.toFixed(2)})`,
        )
        .join('; ') || 'none';
    console.log(
      [
        `Item analysis: question set ${set.version}, ${check.respondents} model respondents, σ ${check.sigma}, seed ${check.seed}:`,
        '',
        '| constraint | alpha (model expects) | alpha with two planted | complete answers |',
        '|---|---|---|---|',
        ...check.clean.constraints.map((c, i) => {
          const expected = modelAlpha(set.statements.filter((s) => s.constraint === c.id));
          const withPlanted = check.withPlanted.constraints[i]!.alpha.value!;
          return `| ${c.id} | ${c.alpha.value!.toFixed(2)} (${expected.toFixed(2)}) | ${withPlanted.toFixed(2)} | ${c.alpha.n} |`;
        }),
        '',
        `Flagged, every statement measuring its own constraint: ${flagged(check.clean)}.`,
        `Planted: ${check.planted.map((p) => `${p.id} → ${p.follows}`).join('; ')}. Flagged: ${flagged(check.withPlanted)}.`,
        '',
      ].join('\n'),
    );
    expect(check.clean.constraints).toHaveLength(8);
  });
});
