/**
 * The method page's two simulations. They are 60,000 simulated respondents scored by the real scoring, about 2 s of
 * CPU that every build spent on one page; `npm run diagnostic:simulation` computes them once into
 * simulation-reports.json, and `npm test` checks that the file holds what the code computes now. A build whose
 * statements, sort or respondent model differ from the file's computes them itself, so the page never shows figures
 * of other inputs.
 */
import saved from './simulation-reports.json';
import {
  methodSimulations,
  simulationInputs,
  type MethodSimulations,
  type StatementLoadings,
} from '../lib/diagnostic/simulation';
import type { Question } from '../lib/diagnostic/answers';

export function getMethodSimulations(questions: readonly Question[], loadings: StatementLoadings): MethodSimulations {
  const committed = saved as MethodSimulations;
  if (committed.inputs === simulationInputs(questions, loadings)) return committed;
  console.warn(
    'src/data/simulation-reports.json was computed from other statements, sort results or model: this build computes the method page’s simulations itself (run `npm run diagnostic:simulation` to save them).',
  );
  return methodSimulations(questions, loadings);
}
