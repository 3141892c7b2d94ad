/**
 * Does the item analysis see what it should? Model respondents (simulation.ts) answer the real statements twice: once
 * with every statement measuring its own constraint, once with two statements planted to follow another constraint
 * entirely (one agree-keyed, one reverse-keyed, in two constraints). The analysis should flag nothing the first time
 * and exactly the planted two, each naming the constraint it follows, the second. The tests assert it; the method
 * page and `npm run bench:diagnostic` report it.
 */
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints';
import type { Question } from './answers';
import { analyzeItems, type SetAnalysis } from './item-analysis';
import { SIMULATION_SEED, simulateAnswers, type StatementLoadings } from './simulation';

/** The middle of the method page's three noise levels. */
export const ANALYSIS_SIGMA = 0.9;
export const ANALYSIS_RESPONDENTS = 500;

export interface Planted {
  id: string;
  follows: ConstraintId;
}

/** The two statements planted: the first agree-keyed one, and the first reverse-keyed one of another constraint. */
export function plantedStatements(statements: readonly Question[]): Planted[] {
  const agreeKeyed = statements.find((q) => !q.reverse)!;
  const reverseKeyed = statements.find((q) => q.reverse && q.constraint !== agreeKeyed.constraint)!;
  const other = (id: ConstraintId) => CONSTRAINT_IDS[(CONSTRAINT_IDS.indexOf(id) + 3) % CONSTRAINT_IDS.length]!;
  return [
    { id: agreeKeyed.id, follows: other(agreeKeyed.constraint) },
    { id: reverseKeyed.id, follows: other(reverseKeyed.constraint) },
  ];
}

export function plantedLoadings(planted: readonly Planted[]): StatementLoadings {
  return Object.fromEntries(planted.map(({ id, follows }) => [id, { [follows]: 1 }]));
}

export interface AnalysisCheck {
  seed: number;
  respondents: number;
  sigma: number;
  planted: Planted[];
  clean: SetAnalysis;
  withPlanted: SetAnalysis;
}

/** Both runs, on a fixed seed: the same statements give the same figures every time. */
export function checkItemAnalysis(statements: readonly Question[]): AnalysisCheck {
  const options = { seed: SIMULATION_SEED, respondents: ANALYSIS_RESPONDENTS, sigma: ANALYSIS_SIGMA };
  const planted = plantedStatements(statements);
  return {
    ...options,
    planted,
    clean: analyzeItems(statements, simulateAnswers(statements, options)),
    withPlanted: analyzeItems(
      statements,
      simulateAnswers(statements, { ...options, loadings: plantedLoadings(planted) }),
    ),
  };
}

/** The statements an analysis flags as following another constraint, as planted statements are written. */
export function flaggedStatements(analysis: SetAnalysis): Planted[] {
  return analysis.statements.filter((s) => s.mayMeasure).map((s) => ({ id: s.id, follows: s.mayMeasure! }));
}
