/**
 * `npm run bench:diagnostic`: the diagnostic's accuracy on simulated respondents (src/lib/diagnostic/simulation.ts),
 * printed as the Markdown table README and the method page show. Fixed seed: the same table every run. The targets
 * are asserted in `npm test` (tests/site/diagnostic-content.test.ts); this prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../src/lib/constraints';
import { simulateDiagnostic } from '../src/lib/diagnostic/simulation';
import { currentQuestionSet } from '../tests/support/question-sets';

const set = currentQuestionSet();
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

describe(`the diagnostic on simulated respondents (question set ${set.version})`, () => {
  it('prints the accuracy table', () => {
    const report = simulateDiagnostic(set.statements);
    const lines = [
      `Question set ${set.version}, ${report.rows[0]!.respondents.toLocaleString('en-US')} respondents per σ, seed ${report.seed}:`,
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
    ];
    console.log(lines.join('\n'));
    expect(report.rows).toHaveLength(3);
  });
});
