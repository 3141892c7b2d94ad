/**
 * Item analysis of the diagnostic's statements on real answers: does each statement hang together with its own
 * constraint's statements, and does it follow another constraint more closely than its own?
 *
 * - A statement's item score is the answer on 0–4, reverse-keyed statements turned round (4 − score), so a higher
 *   item score always points towards the constraint. "Not sure" and unanswered statements are missing values, never
 *   zeros.
 * - A constraint's scale score is the mean of a respondent's answered statements of that constraint (the site's score
 *   divided by 25); it is missing when none is answered.
 * - Cronbach's alpha (Cronbach 1951) uses complete cases: the respondents who answered every statement of the
 *   constraint that anyone answered (a statement nobody answered is left out and said). "Alpha if dropped" is worked
 *   out on the same respondents, so the two are comparable.
 * - Correlations use pairwise deletion: each rests on the respondents who have both values, and says how many.
 *   The corrected item-total correlation is the statement's correlation with the mean of the other statements of its
 *   own constraint (the statement itself left out, so it does not correlate with itself). Following Campbell and
 *   Fiske's convergent and discriminant logic (1959), a statement should correlate more with its own scale than with
 *   any other; when another scale correlates with it at least as strongly, it may measure that constraint instead.
 */
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints.ts';
import type { Answer, Question } from './answers.ts';

/** Fewer complete answers than this behind a figure, and the figure is too unsteady to trust. */
export const MIN_TRUSTED_ANSWERS = 50;
/** A statement is at the floor or the ceiling when this share of its answers sits on one side of the scale. */
export const ONE_SIDED_SHARE = 0.8;
/** A statement is unclear to many when this share of those who saw it answered "not sure". */
export const NOT_SURE_SHARE = 0.25;
/** Two constraints' scores correlating above this are not told apart by the statements. */
export const CONFUSED_CORRELATION = 0.7;

export const ANALYSIS_SOURCES = [
  'Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. Psychometrika, 16(3), 297–334.',
  'Corrected item-total correlation: each statement against the mean of the other answered statements of its scale, the statement itself excluded (standard item analysis).',
  'Campbell, D. T., & Fiske, D. W. (1959). Convergent and discriminant validation by the multitrait-multimethod matrix. Psychological Bulletin, 56(2), 81–105.',
] as const;

/** A figure and the number of respondents it rests on. */
export interface Figure {
  value: number | null;
  n: number;
}

export interface StatementAnalysis {
  id: string;
  constraint: ConstraintId;
  reverse: boolean;
  /** Respondents who answered 1–5. */
  answered: number;
  /** Respondents who answered "not sure". */
  notSure: number;
  /** Share of the answered at each point 1…5 (raw answers, as worded); all zero when nobody answered. */
  pointShares: [number, number, number, number, number];
  /** Share of "not sure" among those who gave any answer to it. */
  notSureShare: number;
  /** ≥ 80 % of the answers on the disagree side (1–2) or the agree side (4–5). */
  oneSided?: 'disagree' | 'agree';
  manyNotSure: boolean;
  /** Corrected item-total correlation with its own constraint. */
  own: Figure;
  /** Correlation with each other constraint's scale. */
  others: Partial<Record<ConstraintId, Figure>>;
  /**
   * The other constraint whose scale correlates with it positively and at least as strongly as its own (the
   * strongest such).
   */
  mayMeasure?: ConstraintId;
  /** Its constraint's alpha without it, on the same complete cases. */
  alphaIfDropped: number | null;
}

export interface ConstraintAnalysis {
  id: ConstraintId;
  /** The statements alpha is worked out over (those anyone answered). */
  statements: string[];
  /** Statements of the constraint nobody answered, left out of alpha. */
  unanswered: string[];
  alpha: Figure;
}

export interface SetAnalysis {
  respondents: number;
  constraints: ConstraintAnalysis[];
  statements: StatementAnalysis[];
  /** Correlations between constraint scores, each pair once (a before b in the essay's order). */
  scaleCorrelations: { a: ConstraintId; b: ConstraintId; r: Figure }[];
  /** Pairs whose scores correlate above CONFUSED_CORRELATION. */
  confusedPairs: { a: ConstraintId; b: ConstraintId; r: number }[];
  /** Answers to statement ids the question set does not have, ignored. */
  unknownAnswers: number;
}

/** The answer on 0–4 pointing towards the constraint, or null when missing. */
function itemScore(question: Question, answer: Answer | undefined): number | null {
  if (answer === undefined || answer === 'not-sure') return null;
  return question.reverse ? 5 - answer : answer - 1;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Sample variance (n − 1). */
function variance(values: readonly number[]): number {
  const m = mean(values);
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}

/** Pearson's r over the pairs where both values are present; null with under 3 pairs or no variation. */
export function pearson(xs: readonly (number | null)[], ys: readonly (number | null)[]): Figure {
  const pairs: [number, number][] = [];
  xs.forEach((x, i) => {
    const y = ys[i];
    if (x !== null && y !== null && y !== undefined) pairs.push([x, y]);
  });
  const n = pairs.length;
  if (n < 3) return { value: null, n };
  const mx = mean(pairs.map(([x]) => x));
  const my = mean(pairs.map(([, y]) => y));
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return { value: sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy), n };
}

/**
 * Cronbach's alpha of complete rows (one value per item): k/(k − 1) · (1 − Σ item variances / variance of the sum).
 * Null with under two items, under two rows, or no variation in the sum.
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  const k = rows[0]?.length ?? 0;
  if (k < 2 || rows.length < 2) return null;
  const itemVariances = Array.from({ length: k }, (_, j) => variance(rows.map((row) => row[j]!)));
  const total = variance(rows.map((row) => row.reduce((sum, v) => sum + v, 0)));
  if (total === 0) return null;
  return (k / (k - 1)) * (1 - itemVariances.reduce((sum, v) => sum + v, 0) / total);
}

/** The mean of the present values, or null when none is present. */
function meanOfPresent(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : mean(present);
}

function spreadOf(question: Question, responses: readonly Record<string, Answer>[]) {
  const counts = [0, 0, 0, 0, 0];
  let notSure = 0;
  for (const response of responses) {
    const answer = response[question.id];
    if (answer === 'not-sure') notSure += 1;
    else if (answer !== undefined) counts[answer - 1]! += 1;
  }
  const answered = counts.reduce((sum, c) => sum + c, 0);
  const pointShares = counts.map((c) => (answered === 0 ? 0 : c / answered)) as StatementAnalysis['pointShares'];
  // Compared in counts, not summed shares: 7 + 1 of 10 is 80 %, which 0.7 + 0.1 misses by a rounding error.
  const atLeastShare = (count: number) => answered > 0 && count >= ONE_SIDED_SHARE * answered - 1e-9;
  const oneSided = atLeastShare(counts[0]! + counts[1]!)
    ? ('disagree' as const)
    : atLeastShare(counts[3]! + counts[4]!)
      ? ('agree' as const)
      : undefined;
  const seen = answered + notSure;
  const notSureShare = seen === 0 ? 0 : notSure / seen;
  return {
    answered,
    notSure,
    pointShares,
    notSureShare,
    ...(oneSided ? { oneSided } : {}),
    manyNotSure: notSureShare >= NOT_SURE_SHARE,
  };
}

/** The item analysis of one question set's answers (`responses`: each respondent's answers by statement id). */
export function analyzeItems(
  questions: readonly Question[],
  responses: readonly Record<string, Answer>[],
): SetAnalysis {
  const known = new Set(questions.map((q) => q.id));
  const unknownAnswers = responses.reduce(
    (sum, response) => sum + Object.keys(response).filter((id) => !known.has(id)).length,
    0,
  );
  const items = new Map(questions.map((q) => [q.id, responses.map((r) => itemScore(q, r[q.id]))]));
  const byConstraint = (id: ConstraintId) => questions.filter((q) => q.constraint === id);
  const scales = new Map(
    CONSTRAINT_IDS.map((id) => {
      const own = byConstraint(id).map((q) => items.get(q.id)!);
      return [id, responses.map((_, i) => meanOfPresent(own.map((item) => item[i]!)))] as const;
    }),
  );

  const constraints: ConstraintAnalysis[] = [];
  const alphaIfDropped = new Map<string, number | null>();
  for (const id of CONSTRAINT_IDS) {
    const all = byConstraint(id);
    const used = all.filter((q) => items.get(q.id)!.some((v) => v !== null));
    const columns = used.map((q) => items.get(q.id)!);
    const complete = responses
      .map((_, i) => columns.map((column) => column[i]!))
      .filter((row): row is number[] => row.every((v) => v !== null));
    const alpha = used.length < 2 ? null : cronbachAlpha(complete);
    used.forEach((q, j) => {
      const rest = complete.map((row) => row.filter((_, k) => k !== j));
      alphaIfDropped.set(q.id, used.length < 3 ? null : cronbachAlpha(rest));
    });
    if (all.length > 0) {
      constraints.push({
        id,
        statements: used.map((q) => q.id),
        unanswered: all.filter((q) => !used.includes(q)).map((q) => q.id),
        alpha: { value: alpha, n: used.length < 2 ? 0 : complete.length },
      });
    }
  }

  const statements = questions.map((question): StatementAnalysis => {
    const item = items.get(question.id)!;
    const siblings = byConstraint(question.constraint).filter((q) => q.id !== question.id);
    const rest = responses.map((_, i) => meanOfPresent(siblings.map((q) => items.get(q.id)![i]!)));
    const own = pearson(item, rest);
    const others: Partial<Record<ConstraintId, Figure>> = {};
    for (const id of CONSTRAINT_IDS) {
      if (id !== question.constraint && byConstraint(id).length > 0) others[id] = pearson(item, scales.get(id)!);
    }
    const rivals = (Object.entries(others) as [ConstraintId, Figure][])
      // Another scale only "takes" a statement it correlates with positively.
      .filter(([, r]) => own.value !== null && r.value !== null && r.value > 0 && r.value >= own.value)
      .sort((a, b) => b[1].value! - a[1].value!);
    return {
      id: question.id,
      constraint: question.constraint,
      reverse: question.reverse === true,
      ...spreadOf(question, responses),
      own,
      others,
      ...(rivals[0] ? { mayMeasure: rivals[0][0] } : {}),
      alphaIfDropped: alphaIfDropped.get(question.id) ?? null,
    };
  });

  const scaleCorrelations: SetAnalysis['scaleCorrelations'] = [];
  CONSTRAINT_IDS.forEach((a, i) => {
    for (const b of CONSTRAINT_IDS.slice(i + 1))
      scaleCorrelations.push({ a, b, r: pearson(scales.get(a)!, scales.get(b)!) });
  });
  const confusedPairs = scaleCorrelations
    .filter(({ r }) => r.value !== null && r.value > CONFUSED_CORRELATION)
    .map(({ a, b, r }) => ({ a, b, r: r.value! }));
  return { respondents: responses.length, constraints, statements, scaleCorrelations, confusedPairs, unknownAnswers };
}

/** One question set's part of pooled answers, analyzed; the sets are never mixed. */
export interface SetReport {
  version: number;
  analysis: SetAnalysis;
}

/**
 * Analyzes pooled answers set by set (`questionSets`: each version's statements). Lines of a version not given are
 * counted in `unknownVersions` and left out.
 */
export function analyzeBySet(
  lines: readonly { questionSet: number; answers: Record<string, Answer> }[],
  questionSets: ReadonlyMap<number, readonly Question[]>,
): { sets: SetReport[]; unknownVersions: Map<number, number> } {
  const versions = [...new Set(lines.map((line) => line.questionSet))].sort((a, b) => a - b);
  const sets: SetReport[] = [];
  const unknownVersions = new Map<number, number>();
  for (const version of versions) {
    const answers = lines.filter((line) => line.questionSet === version).map((line) => line.answers);
    const questions = questionSets.get(version);
    if (questions) sets.push({ version, analysis: analyzeItems(questions, answers) });
    else unknownVersions.set(version, answers.length);
  }
  return { sets, unknownVersions };
}
