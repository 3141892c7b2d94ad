/**
 * `npm run diagnostic:simulation`: computes the method page's two simulations (60,000 simulated respondents scored by
 * the real scoring, about 2 s of CPU) from the committed question sets and blind sort, and writes them to
 * src/data/simulation-reports.json, which the build uses instead of computing them on every build. `npm test` checks
 * that the file holds what the code computes now (tests/site/diagnostic-content.test.ts); a build whose statements
 * or sort no longer match the file's computes the figures itself, so a page never shows figures of other inputs.
 * Run it after changing a question set, the sort's answers, the respondent model or the scoring.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pooledSortResults, sortLoadings } from '../src/lib/diagnostic/blind-sort.ts';
import { methodSimulations } from '../src/lib/diagnostic/simulation.ts';
import { currentQuestionSet } from './lib/question-sets.ts';
import { readSortRound, sortRounds } from './lib/sort-files.ts';

export const SIMULATION_REPORTS = join(import.meta.dirname, '../src/data/simulation-reports.json');

const loadings = sortLoadings(pooledSortResults(sortRounds().map(readSortRound)));
const simulations = methodSimulations(currentQuestionSet().statements, loadings);
writeFileSync(SIMULATION_REPORTS, `${JSON.stringify(simulations, null, 2)}\n`);
console.log(
  `Wrote ${SIMULATION_REPORTS}: at σ = 0.9, ${(simulations.labels.rows[1]!.accuracy * 100).toFixed(1)}% right with the statements' own constraints, ${(simulations.sort.rows[1]!.accuracy * 100).toFixed(1)}% with the sort's loadings.`,
);
