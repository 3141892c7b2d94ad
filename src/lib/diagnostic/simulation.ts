/**
 * How well the diagnostic finds a team's dominant constraint, measured on simulated respondents whose answer is
 * known. The respondent model is fixed in advance (it is published on the method page and must not be tuned to make
 * the figures look good); the scoring under test is the real one.
 *
 * A respondent has a true dominant constraint (uniform over the eight) and a secondary one (uniform over the rest).
 * Before noise, their agreement on the 0–4 scale is 3.2 for the dominant constraint's statements, 2.4 for the
 * secondary's and 1.0 for the others, mirrored (4 − x) for reverse-keyed statements. Each respondent has an
 * acquiescence bias drawn from N(0, 0.5), added to every answer; each answer has noise N(0, σ), is rounded and
 * clamped to the scale, and is "not sure" with probability 0.05. A forced choice in the tie-break picks the option
 * whose constraint has the higher agreement level after independent N(0, σ) noise on each.
 *
 * A second model, "loadings from the sort", changes one thing: a statement's level before noise is the mix of the
 * levels of the constraints blind reviewers read it as, weighted by their shares (`StatementLoadings`). A statement
 * that every reviewer reads as another constraint then moves with that constraint, as it would with real people.
 */
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints.ts';
import type { Answer, Question } from './answers.ts';
import { scoreDiagnostic } from './scoring.ts';
import { TIE_BREAK_QUESTIONS } from './tie-break.ts';
import { seededRandom, type Random } from '../random.ts';

export const RESPONDENT_MODEL = {
  dominantLevel: 3.2,
  secondaryLevel: 2.4,
  otherLevel: 1.0,
  acquiescenceSd: 0.5,
  notSureRate: 0.05,
} as const;

/** The noise levels the method page reports, and the seed that makes every run of the simulation identical. */
export const SIMULATION_SIGMAS = [0.6, 0.9, 1.2] as const;
export const SIMULATION_SEED = 20261126;
export const SIMULATION_RESPONDENTS = 10_000;

export { seededRandom, type Random } from '../random.ts';

interface Respondent {
  truth: ConstraintId;
  level: (id: ConstraintId) => number;
}

function drawRespondent(random: Random): Respondent {
  const truth = CONSTRAINT_IDS[random.int(CONSTRAINT_IDS.length)]!;
  const others = CONSTRAINT_IDS.filter((id) => id !== truth);
  const secondary = others[random.int(others.length)]!;
  const { dominantLevel, secondaryLevel, otherLevel } = RESPONDENT_MODEL;
  return { truth, level: (id) => (id === truth ? dominantLevel : id === secondary ? secondaryLevel : otherLevel) };
}

/**
 * What each statement measures, as the blind sort read it: statement id → the share of reviewers who assigned it to
 * each constraint ("none" counted for its own). A statement left out measures exactly its own constraint.
 */
export type StatementLoadings = Readonly<Record<string, Partial<Record<ConstraintId, number>>>>;

/** Each statement's mix as weights that sum to 1, worked out once per loadings (the simulation asks 60,000 times). */
const weightsOf = new WeakMap<StatementLoadings, Map<string, [ConstraintId, number][]>>();

function mixWeights(loadings: StatementLoadings, questionId: string): [ConstraintId, number][] | undefined {
  let weights = weightsOf.get(loadings);
  if (!weights) {
    weights = new Map(
      Object.entries(loadings).map(([id, mix]) => {
        const entries = Object.entries(mix) as [ConstraintId, number][];
        const total = entries.reduce((sum, [, share]) => sum + share, 0);
        return [id, entries.map(([constraint, share]) => [constraint, share / total])];
      }),
    );
    weightsOf.set(loadings, weights);
  }
  return weights.get(questionId);
}

/** The level a respondent brings to one statement: its own constraint's, or the mix of those the sort read it as. */
function statementLevel(question: Question, respondent: Respondent, loadings: StatementLoadings | undefined): number {
  const mix = loadings && mixWeights(loadings, question.id);
  if (!mix) return respondent.level(question.constraint);
  return mix.reduce((sum, [id, weight]) => sum + weight * respondent.level(id), 0);
}

function answersOf(
  questions: readonly Question[],
  respondent: Respondent,
  sigma: number,
  random: Random,
  loadings?: StatementLoadings,
) {
  const bias = random.normal(RESPONDENT_MODEL.acquiescenceSd);
  const answers: Record<string, Answer> = {};
  for (const question of questions) {
    const level = statementLevel(question, respondent, loadings);
    const agreement = (question.reverse ? 4 - level : level) + bias + random.normal(sigma);
    const notSure = random.next() < RESPONDENT_MODEL.notSureRate;
    answers[question.id] = notSure ? 'not-sure' : ((Math.min(4, Math.max(0, Math.round(agreement))) + 1) as Answer);
  }
  return answers;
}

/** One simulated run: the verdict before and after the tie-break step, and whether it was flagged. */
export interface SimulatedRun {
  truth: ConstraintId;
  byScores: ConstraintId | undefined;
  verdict: ConstraintId | undefined;
  tieBreakAsked: boolean;
  lowConfidence: boolean;
}

/** Runs one model respondent through the real scoring, tie-break included. */
export function simulateRespondent(
  questions: readonly Question[],
  sigma: number,
  random: Random,
  loadings?: StatementLoadings,
): SimulatedRun {
  const respondent = drawRespondent(random);
  const answers = answersOf(questions, respondent, sigma, random, loadings);
  const first = scoreDiagnostic(questions, answers);
  const pair = first.tieBreakNeeded;
  const final = pair
    ? scoreDiagnostic(questions, answers, {
        tieBreakPicks: Array.from({ length: TIE_BREAK_QUESTIONS }, () =>
          respondent.level(pair[0]) + random.normal(sigma) >= respondent.level(pair[1]) + random.normal(sigma)
            ? pair[0]
            : pair[1],
        ),
      })
    : first;
  return {
    truth: respondent.truth,
    byScores: first.ranking[0]?.id,
    verdict: final.dominant,
    tieBreakAsked: pair !== undefined,
    lowConfidence: final.lowConfidence,
  };
}

/**
 * Model respondents' answers alone (no tie-break), for checking an analysis of answers on data whose truth is known:
 * the same model and the same seed give the same answers.
 */
export function simulateAnswers(
  questions: readonly Question[],
  {
    seed = SIMULATION_SEED,
    respondents,
    sigma,
    loadings,
  }: { seed?: number; respondents: number; sigma: number; loadings?: StatementLoadings },
): Record<string, Answer>[] {
  const random = seededRandom(seed);
  return Array.from({ length: respondents }, () =>
    answersOf(questions, drawRespondent(random), sigma, random, loadings),
  );
}

/** A respondent who answers at random: every statement uniform over the five points, every forced choice a coin. */
export function simulateRandomRespondent(questions: readonly Question[], random: Random): ConstraintId | undefined {
  const answers = Object.fromEntries(questions.map((q) => [q.id, (random.int(5) + 1) as Answer]));
  const first = scoreDiagnostic(questions, answers);
  const pair = first.tieBreakNeeded;
  if (!pair) return first.dominant;
  const picks = Array.from({ length: TIE_BREAK_QUESTIONS }, () => pair[random.int(2)]!);
  return scoreDiagnostic(questions, answers, { tieBreakPicks: picks }).dominant;
}

export interface SimulationRow {
  sigma: number;
  respondents: number;
  /** Share of verdicts equal to the true dominant constraint, by scores alone. */
  accuracyByScores: number;
  /** The same, with the tie-break step. */
  accuracy: number;
  /** Share of runs that reached the tie-break step. */
  tieBreakShare: number;
  /** Share of verdicts flagged low confidence. */
  lowConfidenceShare: number;
  /** Share of the verdicts not flagged that are right. */
  confidentAccuracy: number;
}

export interface SimulationReport {
  seed: number;
  rows: SimulationRow[];
  random: {
    respondents: number;
    /** Share of random respondents whose verdict is each constraint. */
    shares: Record<ConstraintId, number>;
    /** The largest share as a multiple of the fair share (1/8). */
    largestOverFair: number;
  };
}

/** The whole simulation: every σ, then random answers. The same seed gives the same report, to the last digit. */
export function simulateDiagnostic(
  questions: readonly Question[],
  {
    seed = SIMULATION_SEED,
    respondents = SIMULATION_RESPONDENTS,
    sigmas = SIMULATION_SIGMAS as readonly number[],
    loadings,
  }: { seed?: number; respondents?: number; sigmas?: readonly number[]; loadings?: StatementLoadings } = {},
): SimulationReport {
  const random = seededRandom(seed);
  const rows = sigmas.map((sigma): SimulationRow => {
    const runs = Array.from({ length: respondents }, () => simulateRespondent(questions, sigma, random, loadings));
    const share = (count: number, of = runs.length) => (of === 0 ? 0 : count / of);
    const confident = runs.filter((run) => !run.lowConfidence);
    return {
      sigma,
      respondents,
      accuracyByScores: share(runs.filter((run) => run.byScores === run.truth).length),
      accuracy: share(runs.filter((run) => run.verdict === run.truth).length),
      tieBreakShare: share(runs.filter((run) => run.tieBreakAsked).length),
      lowConfidenceShare: share(runs.length - confident.length),
      confidentAccuracy: share(confident.filter((run) => run.verdict === run.truth).length, confident.length),
    };
  });
  const counts = Object.fromEntries(CONSTRAINT_IDS.map((id) => [id, 0])) as Record<ConstraintId, number>;
  for (let i = 0; i < respondents; i += 1) {
    const verdict = simulateRandomRespondent(questions, random);
    if (verdict) counts[verdict] += 1;
  }
  const shares = Object.fromEntries(CONSTRAINT_IDS.map((id) => [id, counts[id] / respondents])) as Record<
    ConstraintId,
    number
  >;
  const largestOverFair = Math.max(...Object.values(shares)) * CONSTRAINT_IDS.length;
  return { seed, rows, random: { respondents, shares, largestOverFair } };
}

/** The method page's two simulations: statements that measure their own constraint, and as the blind sort read them. */
export interface MethodSimulations {
  /** What the reports were computed from (`simulationInputs`): a page uses them only when its own inputs match. */
  inputs: string;
  labels: SimulationReport;
  sort: SimulationReport;
}

/**
 * Everything a simulation's figures depend on besides the code: the model, the seed, the sizes, each statement's id,
 * constraint and keying in order, and the sort's loadings.
 */
export function simulationInputs(questions: readonly Question[], loadings: StatementLoadings): string {
  return JSON.stringify({
    model: RESPONDENT_MODEL,
    seed: SIMULATION_SEED,
    respondents: SIMULATION_RESPONDENTS,
    sigmas: SIMULATION_SIGMAS,
    tieBreakQuestions: TIE_BREAK_QUESTIONS,
    statements: questions.map((q) => [q.id, q.constraint, q.reverse === true]),
    loadings,
  });
}

/** Both of the method page's simulations, computed now (about 2 s of CPU). */
export function methodSimulations(questions: readonly Question[], loadings: StatementLoadings): MethodSimulations {
  return {
    inputs: simulationInputs(questions, loadings),
    labels: simulateDiagnostic(questions),
    sort: simulateDiagnostic(questions, { loadings }),
  };
}
