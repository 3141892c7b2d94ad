/**
 * The blind sort: reviewers who see only the essay's eight definitions assign each statement to a constraint, and
 * the pretest statistics of Anderson and Gerbing (1991) say whether a statement reads as the constraint it is scored
 * for. psa = share of reviewers who pick the intended constraint; csv = psa minus the largest share for any one other
 * constraint. The protocol is content/diagnostic/blind-sort/protocol.md.
 */
import { z } from 'astro/zod';
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints.ts';
import { seededShuffle } from '../random.ts';

/** The constraint names exactly as the reviewers' brief gives them (the essay's list of alignment failures). */
export const SORT_NAMES: Record<ConstraintId, string> = {
  'incentive-drift': 'Incentive Drift',
  'context-information-debt': 'Context and Information Debt',
  'coordination-friction': 'Coordination Friction',
  'social-stasis': 'Social Stasis',
  'temporal-myopia': 'Temporal Myopia',
  'structural-equilibrium': 'Structural Equilibrium',
  'cognitive-local-maxima': 'Cognitive Local Maxima',
  'moral-optics-alignment': 'Moral Optics Alignment',
};

/** The wording flaws a reviewer may name, as the brief lists them. */
export const SORT_FLAWS = [
  'double-barreled',
  'conditional',
  'assumed-motive',
  'unclear',
  'not-observable',
  'leading',
] as const;
export type SortFlaw = (typeof SORT_FLAWS)[number];

/** A reviewer's pick: a constraint, or none of them. */
export type SortPick = ConstraintId | 'none';

/** The targets a shipped question set meets on its sort (the protocol's "Targets for a question set"). */
export const SORT_TARGETS = {
  minPsa: 0.75,
  minCsv: 0.5,
  minMeanPsa: 0.9,
  minKeyingAgreement: 0.9,
  /** A statement fails when this many reviewers name the same kind of flaw. */
  flawReviewers: 2,
} as const;

const code = z.string().regex(/^S\d{2,3}$/);

/** One round's statements: a neutral code each, with what the writer intended (never shown to reviewers). */
export const sortRoundSchema = z.object({
  round: z.number().int().positive(),
  date: z.string(),
  /** What the round sorted and why, and what came of it, in a sentence or two for the method page. */
  summary: z.string().min(20),
  statements: z
    .array(
      z.object({
        code,
        id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
        constraint: z.enum(CONSTRAINT_IDS),
        reverse: z.boolean(),
        text: z.string().min(10),
        from: z.string(),
      }),
    )
    .min(1),
});
export type SortRound = z.infer<typeof sortRoundSchema>;
export type SortStatement = SortRound['statements'][number];

/** One round's reviewers, each with the background it answers from and the seed that orders its brief. */
export const sortReviewersSchema = z.object({
  round: z.number().int().positive(),
  reviewers: z
    .array(z.object({ id: z.string().regex(/^r\d{2,3}$/), seed: z.number().int(), background: z.string().min(5) }))
    .min(1),
});
export type SortReviewer = z.infer<typeof sortReviewersSchema>['reviewers'][number];

const nameToId = new Map<string, ConstraintId>(CONSTRAINT_IDS.map((id) => [SORT_NAMES[id].toLowerCase(), id] as const));

/** One reviewer's answers file, as the brief asks for it; constraint names are read back to ids. */
export const sortAnswersSchema = z.object({
  reviewer: z.string().regex(/^r\d{2,3}$/),
  answers: z
    .array(
      z.object({
        statement: code,
        constraint: z.string().transform((name, context): SortPick => {
          const key = name.trim().toLowerCase();
          if (key === 'none') return 'none';
          const id = nameToId.get(key);
          if (id) return id;
          context.addIssue({ code: 'custom', message: `"${name}" is not one of the eight constraints or "none"` });
          return z.NEVER;
        }),
        fit: z.number().int().min(1).max(5),
        agreeingMeans: z.enum(['more', 'less']),
        flaw: z.enum([...SORT_FLAWS, 'none']),
        note: z.string().default(''),
      }),
    )
    .min(1),
});
export type SortAnswers = z.infer<typeof sortAnswersSchema>;

/** What the sort says of one statement. */
export interface SortItemResult {
  code: string;
  id: string;
  constraint: ConstraintId;
  reverse: boolean;
  reviewers: number;
  psa: number;
  csv: number;
  /** The other pick (a constraint or none) chosen most often, with its share; undefined when every reviewer agreed. */
  topOther: { pick: SortPick; share: number } | undefined;
  /** Share of the reviewers who chose the intended constraint and read its keying as intended. */
  keyingAgreement: number;
  /** Mean fit given by the reviewers who chose the intended constraint. */
  meanFit: number;
  /** Each kind of flaw named, with how many reviewers named it, most often first. */
  flaws: { flaw: SortFlaw; reviewers: number }[];
  /** The share of reviewers assigning it to each constraint ("none" counted for the intended one): its loadings. */
  loadings: Partial<Record<ConstraintId, number>>;
  /** Which targets it misses, in words; empty when it meets every one. */
  misses: string[];
}

/**
 * Scores one statement from every reviewer's answers. A reviewer who skipped the statement does not count for it.
 * Keying agreement is counted over all reviewers who answered: a reviewer who chose another constraint has not read
 * the statement's keying for the intended one, so it cannot count as agreeing.
 */
export function scoreSortItem(statement: SortStatement, files: readonly SortAnswers[]): SortItemResult {
  const answers = files.flatMap((file) => file.answers.filter((a) => a.statement === statement.code));
  const n = answers.length;
  const share = (count: number) => (n === 0 ? 0 : count / n);
  const picks = new Map<SortPick, number>();
  for (const a of answers) picks.set(a.constraint, (picks.get(a.constraint) ?? 0) + 1);
  const psa = share(picks.get(statement.constraint) ?? 0);
  const others = [...picks.entries()]
    .filter(([pick]) => pick !== statement.constraint)
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  const largestOther = others.filter(([pick]) => pick !== 'none')[0];
  const csv = psa - share(largestOther?.[1] ?? 0);
  const intended = answers.filter((a) => a.constraint === statement.constraint);
  const expected = statement.reverse ? 'less' : 'more';
  const keyingAgreement = share(intended.filter((a) => a.agreeingMeans === expected).length);
  const meanFit = intended.length === 0 ? 0 : intended.reduce((sum, a) => sum + a.fit, 0) / intended.length;
  const flawCounts = new Map<SortFlaw, number>();
  for (const a of answers) if (a.flaw !== 'none') flawCounts.set(a.flaw, (flawCounts.get(a.flaw) ?? 0) + 1);
  const flaws = [...flawCounts.entries()]
    .map(([flaw, reviewers]) => ({ flaw, reviewers }))
    .sort((a, b) => b.reviewers - a.reviewers || a.flaw.localeCompare(b.flaw));
  const loadings: Partial<Record<ConstraintId, number>> = {};
  for (const [pick, count] of picks) {
    const id = pick === 'none' ? statement.constraint : pick;
    loadings[id] = (loadings[id] ?? 0) + share(count);
  }
  const misses: string[] = [];
  if (n === 0) misses.push('no reviewer sorted it');
  if (psa < SORT_TARGETS.minPsa) misses.push(`psa ${psa.toFixed(2)} < ${SORT_TARGETS.minPsa}`);
  if (csv < SORT_TARGETS.minCsv) misses.push(`csv ${csv.toFixed(2)} < ${SORT_TARGETS.minCsv}`);
  if (keyingAgreement < SORT_TARGETS.minKeyingAgreement)
    misses.push(`keying read as intended by ${Math.round(keyingAgreement * 100)}%`);
  for (const { flaw, reviewers } of flaws)
    if (reviewers >= SORT_TARGETS.flawReviewers) misses.push(`${reviewers} reviewers name it ${flaw}`);
  const topOther = others[0] ? { pick: others[0][0], share: share(others[0][1]) } : undefined;
  return {
    code: statement.code,
    id: statement.id,
    constraint: statement.constraint,
    reverse: statement.reverse,
    reviewers: n,
    psa,
    csv,
    topOther,
    keyingAgreement,
    meanFit,
    flaws,
    loadings,
    misses,
  };
}

/** A set's verdict on a sort: every item, the mean psa, and every target missed (empty when the set passes). */
export function judgeSet(items: readonly SortItemResult[]): { meanPsa: number; misses: string[] } {
  const meanPsa = items.length === 0 ? 0 : items.reduce((sum, item) => sum + item.psa, 0) / items.length;
  const misses = items.flatMap((item) => item.misses.map((miss) => `${item.id}: ${miss}`));
  if (meanPsa < SORT_TARGETS.minMeanPsa) misses.push(`mean psa ${meanPsa.toFixed(2)} < ${SORT_TARGETS.minMeanPsa}`);
  return { meanPsa, misses };
}

/** Fills the brief's template for one reviewer: their background, their id and the statements in their order. */
export function fillBrief(template: string, reviewer: SortReviewer, statements: readonly SortStatement[]): string {
  const ordered = seededShuffle(statements, reviewer.seed)
    .map((s) => `- ${s.code}: ${s.text}`)
    .join('\n');
  return template
    .replaceAll('{{background}}', reviewer.background)
    .replaceAll('{{reviewer}}', reviewer.id)
    .replaceAll('{{statements}}', ordered);
}

/** One sorted round: its statements and every reviewer's answers. */
export interface SortedRound {
  round: SortRound;
  answers: readonly SortAnswers[];
}

/** The raw contents of one round's files, as read from disk or bundled: file name → parsed YAML or JSON. */
export interface RawSortRound {
  folder: string;
  statements: unknown;
  reviewers: unknown;
  answers: Readonly<Record<string, unknown>>;
}

/** A round read and checked: its statements, reviewers and every answers file. */
export interface CheckedSortRound extends SortedRound {
  reviewers: SortReviewer[];
}

function parsed<T>(where: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${where}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
}

/**
 * Checks one round's files and reads them; a fault throws naming the file and what is wrong: a malformed file, an
 * answers file from a reviewer not listed or named for another, a statement answered twice or not in the round.
 */
export function checkSortRound(raw: RawSortRound): CheckedSortRound {
  const round = parsed(`${raw.folder}/statements.yaml`, sortRoundSchema, raw.statements);
  const { reviewers } = parsed(`${raw.folder}/reviewers.yaml`, sortReviewersSchema, raw.reviewers);
  const codes = new Set(round.statements.map((s) => s.code));
  const answers = Object.keys(raw.answers)
    .sort()
    .map((name) => {
      const where = `${raw.folder}/answers/${name}`;
      const file = parsed(where, sortAnswersSchema, raw.answers[name]);
      if (`${file.reviewer}.json` !== name)
        throw new Error(`${where}: reviewer "${file.reviewer}" in a file named ${name}`);
      if (!reviewers.some((r) => r.id === file.reviewer))
        throw new Error(`${where}: "${file.reviewer}" is not in reviewers.yaml`);
      const seen = new Set<string>();
      for (const a of file.answers) {
        if (!codes.has(a.statement))
          throw new Error(`${where}: "${a.statement}" is not a statement of round ${round.round}`);
        if (seen.has(a.statement)) throw new Error(`${where}: "${a.statement}" is answered twice`);
        seen.add(a.statement);
      }
      return file;
    });
  return { round, reviewers, answers };
}

/** What each statement of a set measures according to the sort, for the simulation's second respondent model. */
export function sortLoadings(
  results: ReadonlyMap<string, SortItemResult>,
): Record<string, Partial<Record<ConstraintId, number>>> {
  return Object.fromEntries([...results].map(([id, result]) => [id, result.loadings]));
}

/** A statement's result over every round that sorted it, with those rounds' numbers. */
export type PooledSortResult = SortItemResult & { rounds: number[] };

/**
 * Each statement's result over every reviewer who sorted it, in any round (keyed by statement id: an id always
 * carries the same words, so a statement kept unchanged gathers reviewers round after round, and a rewrite, which
 * has a new id, starts afresh with the reviewers of the rounds that sorted it).
 */
export function pooledSortResults(rounds: readonly SortedRound[]): Map<string, PooledSortResult> {
  const pooled = new Map<string, { statement: SortStatement; files: SortAnswers[]; rounds: number[] }>();
  for (const { round, answers } of [...rounds].sort((a, b) => a.round.round - b.round.round)) {
    if (answers.length === 0) continue;
    for (const statement of round.statements) {
      const entry = pooled.get(statement.id) ?? { statement: { ...statement, code: 'S00' }, files: [], rounds: [] };
      if (entry.statement.text !== statement.text)
        throw new Error(`round ${round.round}: "${statement.id}" has other words than in an earlier round`);
      entry.rounds.push(round.round);
      for (const file of answers) {
        const own = file.answers.filter((a) => a.statement === statement.code);
        entry.files.push({ ...file, answers: own.map((a) => ({ ...a, statement: 'S00' })) });
      }
      pooled.set(statement.id, entry);
    }
  }
  return new Map(
    [...pooled].map(([id, { statement, files, rounds: seen }]) => [
      id,
      { ...scoreSortItem(statement, files), code: '', rounds: seen },
    ]),
  );
}

const two = (x: number) => x.toFixed(2);
const pickName = (pick: SortPick) => (pick === 'none' ? 'none' : SORT_NAMES[pick]);

/** The report's Markdown table for one question set's statements, with its verdict under it. */
export function sortTable(
  statements: readonly { id: string; constraint: ConstraintId; reverse: boolean }[],
  results: ReadonlyMap<string, PooledSortResult>,
): { lines: string[]; passes: boolean } {
  const rows = statements.map((s) => ({ s, r: results.get(s.id) }));
  const lines = [
    '| statement | constraint | keyed | rounds | reviewers | psa | csv | most common other | keying as intended | flaws named | meets targets |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(({ s, r }) =>
      r
        ? `| ${s.id} | ${SORT_NAMES[s.constraint]} | ${s.reverse ? 'reverse' : 'forward'} | ${r.rounds.join(', ')} | ${r.reviewers} | ${two(r.psa)} | ${two(r.csv)} | ${r.topOther ? `${pickName(r.topOther.pick)} (${two(r.topOther.share)})` : '—'} | ${Math.round(r.keyingAgreement * 100)}% | ${r.flaws.map((f) => `${f.flaw} ×${f.reviewers}`).join(', ') || '—'} | ${r.misses.length === 0 ? 'yes' : `no: ${r.misses.join('; ')}`} |`
        : `| ${s.id} | ${SORT_NAMES[s.constraint]} | ${s.reverse ? 'reverse' : 'forward'} | — | 0 | — | — | — | — | — | no: not sorted |`,
    ),
  ];
  const sorted = rows.flatMap(({ r }) => (r ? [r] : []));
  const verdict = judgeSet(sorted);
  const unsorted = rows.filter(({ r }) => !r).map(({ s }) => `${s.id}: not sorted`);
  const misses = [...unsorted, ...verdict.misses];
  lines.push(
    '',
    `Mean psa ${two(verdict.meanPsa)}; ${sorted.filter((r) => r.psa >= SORT_TARGETS.minPsa && r.csv >= SORT_TARGETS.minCsv).length} of ${rows.length} statements with psa ≥ ${SORT_TARGETS.minPsa} and csv ≥ ${SORT_TARGETS.minCsv}.`,
    misses.length === 0 ? 'Every target met.' : `Targets missed: ${misses.length} (${misses.join('; ')}).`,
  );
  return { lines, passes: misses.length === 0 };
}
