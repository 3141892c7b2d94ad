/**
 * The item analysis as text a maintainer can read in a terminal or paste into an issue: Markdown tables, one section
 * per question set, every figure with the number of answers it rests on when that number is too small to trust.
 */
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints.ts';
import {
  ANALYSIS_SOURCES,
  CONFUSED_CORRELATION,
  MIN_TRUSTED_ANSWERS,
  NOT_SURE_SHARE,
  ONE_SIDED_SHARE,
  type Figure,
  type SetReport,
  type StatementAnalysis,
} from './item-analysis.ts';

/** Short column codes for the constraints, from the initials of their names ("Incentive Drift" → ID). */
export function constraintCodes(nameOf: (id: ConstraintId) => string): Record<ConstraintId, string> {
  return Object.fromEntries(
    CONSTRAINT_IDS.map((id) => [
      id,
      nameOf(id)
        .split(/\s+/)
        .filter((word) => /^[A-Z]/.test(word))
        .map((word) => word[0])
        .join(''),
    ]),
  ) as Record<ConstraintId, string>;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
/** Two decimals, without the "-0.00" that rounding a tiny negative number gives. */
const fixed = (value: number) => (Math.abs(value) < 0.005 ? '0.00' : value.toFixed(2));

/** "0.72", or "0.72*" when it rests on too few answers, or "—" when there is no figure. */
function figure({ value, n }: Figure): string {
  if (value === null) return '—';
  return `${fixed(value)}${n < MIN_TRUSTED_ANSWERS ? '*' : ''}`;
}

function flagsOf(statement: StatementAnalysis, nameOf: (id: ConstraintId) => string): string {
  const flags: string[] = [];
  if (statement.mayMeasure) {
    const rival = statement.others[statement.mayMeasure]!;
    flags.push(
      `may measure ${nameOf(statement.mayMeasure)} (${fixed(rival.value!)} ≥ own ${fixed(statement.own.value!)})`,
    );
  }
  if (statement.oneSided) {
    const share =
      statement.oneSided === 'disagree'
        ? statement.pointShares[0] + statement.pointShares[1]
        : statement.pointShares[3] + statement.pointShares[4];
    flags.push(`${statement.oneSided === 'disagree' ? 'floor' : 'ceiling'}: ${percent(share)} ${statement.oneSided}`);
  }
  if (statement.manyNotSure) flags.push(`${percent(statement.notSureShare)} not sure`);
  if (statement.answered === 0) flags.push('nobody answered it');
  return flags.join('; ') || '—';
}

/** The whole report for every question set found in the answers. */
export function formatItemAnalysis(
  { sets, unknownVersions }: { sets: readonly SetReport[]; unknownVersions: ReadonlyMap<number, number> },
  nameOf: (id: ConstraintId) => string,
): string {
  const codes = constraintCodes(nameOf);
  const out: string[] = [];
  for (const { version, analysis } of sets) {
    const few = [
      ...analysis.constraints.map((c) => c.alpha),
      ...analysis.statements.flatMap((s) => [s.own, ...Object.values(s.others)]),
      ...analysis.scaleCorrelations.map((c) => c.r),
    ].filter((f) => f.value !== null && f.n < MIN_TRUSTED_ANSWERS).length;
    out.push(`# Question set ${version}: ${analysis.respondents} respondents`, '');
    out.push(
      'Missing values: "not sure" and unanswered statements are missing, never zeros. Alpha uses complete cases (the ' +
        'respondents who answered every statement of the constraint that anyone answered); correlations use ' +
        'pairwise deletion (each rests on the respondents who have both values). Reverse-keyed statements are ' +
        'turned round first, so a positive correlation always means "points the same way".',
      '',
    );
    if (few > 0) {
      out.push(
        `Warning: ${few} figures below (marked *) rest on fewer than ${MIN_TRUSTED_ANSWERS} answers. ` +
          'Too few to trust: read them as a first look and collect more answers before changing a statement.',
        '',
      );
    }
    if (analysis.unknownAnswers > 0) {
      out.push(
        `${analysis.unknownAnswers} answers to statements that are not in question set ${version} were left out.`,
        '',
      );
    }
    out.push('## Constraints', '', '| constraint | alpha | complete answers | statements |', '|---|---|---|---|');
    for (const c of analysis.constraints) {
      const left = c.unanswered.length > 0 ? ` (left out, nobody answered: ${c.unanswered.join(', ')})` : '';
      const alpha =
        c.alpha.value === null && c.statements.length < 2 ? '— (needs 2 answered statements)' : figure(c.alpha);
      out.push(`| ${nameOf(c.id)} | ${alpha} | ${c.alpha.n} | ${c.statements.length}${left} |`);
    }
    out.push('', '## Statements', '');
    out.push(
      'own r: corrected item-total correlation with the rest of its own constraint. Each constraint column: the ' +
        "correlation with that constraint's score (its own column repeats own r). " +
        `Flags: another scale correlating at least as strongly as its own; ≥ ${percent(ONE_SIDED_SHARE)} of answers ` +
        `on one side (floor/ceiling); ≥ ${percent(NOT_SURE_SHARE)} not sure.`,
      '',
      `| statement | keyed | answered | own r | alpha if dropped | ${CONSTRAINT_IDS.map((id) => codes[id]).join(' | ')} | 1 | 2 | 3 | 4 | 5 | not sure | flags |`,
      `|---|---|---|---|---|${CONSTRAINT_IDS.map(() => '---|').join('')}---|---|---|---|---|---|---|`,
    );
    for (const s of analysis.statements) {
      const columns = CONSTRAINT_IDS.map((id) =>
        id === s.constraint ? figure(s.own) : s.others[id] ? figure(s.others[id]) : '—',
      );
      const alphaN = analysis.constraints.find((c) => c.id === s.constraint)?.alpha.n ?? 0;
      const dropped = figure({ value: s.alphaIfDropped, n: alphaN });
      out.push(
        `| ${s.id} (${codes[s.constraint]}) | ${s.reverse ? 'reverse' : 'agree'} | ${s.answered} | ${figure(s.own)} | ${dropped} | ${columns.join(' | ')} | ${s.pointShares.map(percent).join(' | ')} | ${percent(s.notSureShare)} | ${flagsOf(s, nameOf)} |`,
      );
    }
    const flagged = analysis.statements.filter((s) => s.mayMeasure);
    out.push(
      '',
      flagged.length === 0
        ? 'No statement correlates with another constraint at least as strongly as with its own.'
        : `${flagged.length} ${flagged.length === 1 ? 'statement' : 'statements'} may measure another constraint: ${flagged.map((s) => `${s.id} (${nameOf(s.mayMeasure!)})`).join(', ')}.`,
    );
    out.push('', "## Correlations between the constraints' scores", '');
    out.push(
      `| | ${CONSTRAINT_IDS.map((id) => codes[id]).join(' | ')} |`,
      `|---|${CONSTRAINT_IDS.map(() => '---|').join('')}`,
    );
    for (const a of CONSTRAINT_IDS) {
      const cells = CONSTRAINT_IDS.map((b) => {
        if (a === b) return '1';
        const pair = analysis.scaleCorrelations.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
        return pair ? figure(pair.r) : '—';
      });
      out.push(`| ${codes[a]} | ${cells.join(' | ')} |`);
    }
    out.push(
      '',
      analysis.confusedPairs.length === 0
        ? `No two constraints' scores correlate above ${CONFUSED_CORRELATION}.`
        : `Not told apart (scores correlate above ${CONFUSED_CORRELATION}): ${analysis.confusedPairs.map((p) => `${nameOf(p.a)} and ${nameOf(p.b)} (${fixed(p.r)})`).join('; ')}.`,
      '',
    );
  }
  for (const [version, count] of unknownVersions) {
    out.push(
      `${count} lines answer question set ${version}, which this copy of the guide does not have: left out.`,
      '',
    );
  }
  out.push(
    'Codes: ' + CONSTRAINT_IDS.map((id) => `${codes[id]} ${nameOf(id)}`).join(', ') + '.',
    '',
    'Sources:',
    ...ANALYSIS_SOURCES.map((source) => `- ${source}`),
  );
  return out.join('\n') + '\n';
}
