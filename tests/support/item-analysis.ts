/**
 * What the item analysis is checked against: the method page's respondent model (simulation.ts), with the expected
 * alpha worked out from the model's own parameters, and the committed example of a team view's download.
 */
import type { Question } from '../../src/lib/diagnostic/answers';
import { formatPooledAnswers } from '../../src/lib/diagnostic/pooled-answers';
import { ANALYSIS_SIGMA } from '../../src/lib/diagnostic/item-analysis-check';
import { RESPONDENT_MODEL, simulateAnswers } from '../../src/lib/diagnostic/simulation';
import { CONSTRAINT_IDS } from '../../src/lib/constraints';

/**
 * The variance of a respondent's level on one constraint across respondents: dominant with probability 1/8,
 * secondary 1/8, other 6/8.
 */
function levelVariance(): number {
  const { dominantLevel, secondaryLevel, otherLevel } = RESPONDENT_MODEL;
  const p = 1 / CONSTRAINT_IDS.length;
  const levels: [number, number][] = [
    [dominantLevel, p],
    [secondaryLevel, p],
    [otherLevel, 1 - 2 * p],
  ];
  const mean = levels.reduce((sum, [level, share]) => sum + level * share, 0);
  return levels.reduce((sum, [level, share]) => sum + share * (level - mean) ** 2, 0);
}

/**
 * The alpha the model gives a constraint's statements before rounding, clamping and sampling: every item is
 * level + bias (sign turned for reverse-keyed items) + noise, rounding adding 1/12 of variance. Two items share the
 * level's variance, plus the bias's when keyed alike, minus it when keyed opposite.
 */
export function modelAlpha(statements: readonly Question[], sigma = ANALYSIS_SIGMA): number {
  const level = levelVariance();
  const bias = RESPONDENT_MODEL.acquiescenceSd ** 2;
  const k = statements.length;
  const itemVariance = level + bias + sigma ** 2 + 1 / 12;
  let covariances = 0;
  statements.forEach((a, i) => {
    for (const b of statements.slice(i + 1)) covariances += level + (a.reverse === b.reverse ? bias : -bias);
  });
  const sumOfItems = k * itemVariance;
  return (k / (k - 1)) * (1 - sumOfItems / (sumOfItems + 2 * covariances));
}

/**
 * How far below the model's alpha a sample may honestly fall: about three standard errors of alpha for four items and
 * the ~400 complete answers 500 respondents give (5 % "not sure" per answer), with rounding and clamping on top.
 */
export const ALPHA_SAMPLING_ALLOWANCE = 0.1;

/**
 * The committed example of a team view's download (tests/fixtures/pooled-answers/simulated.jsonl): model respondents,
 * not real people, 80 on the current question set and 24 on the one before, so the example shows sets kept apart and
 * the warning for too few answers.
 */
export function simulatedPooledFile(sets: readonly { version: number; statements: readonly Question[] }[]): string {
  const [previous, current] = sets.slice(-2);
  const members = [
    ...simulateAnswers(current!.statements, { respondents: 80, sigma: ANALYSIS_SIGMA }).map((answers) => ({
      questionSet: current!.version,
      answers,
    })),
    ...simulateAnswers(previous!.statements, { respondents: 24, sigma: ANALYSIS_SIGMA, seed: 2 }).map((answers) => ({
      questionSet: previous!.version,
      answers,
    })),
  ];
  return formatPooledAnswers(
    members.map(({ questionSet, answers }, i) => ({ member: i + 1, questionSet, runDate: '2026-12-07', answers })),
  );
}
