/**
 * `npm run diagnostic:sort-report`: recomputes the blind sort from the committed files alone
 * (content/diagnostic/blind-sort/): every round's statements with psa, csv, the most common other constraint,
 * keying agreement and the flaws named; then each question set from 2 on, every statement over all the reviewers who
 * sorted it in any round, against the protocol's targets.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pooledSortResults, scoreSortItem, sortTable, type SortStatement } from '../src/lib/diagnostic/blind-sort.ts';
import { readSortRound, sortRounds, SORT_FOLDER } from './lib/sort-files.ts';

const SETS = join(SORT_FOLDER, '../question-sets');
const rounds = sortRounds().map(readSortRound);
const out: string[] = [];

for (const { round, answers } of rounds) {
  out.push(
    `## Round ${round.round} (${round.date}): ${answers.length} reviewers, ${round.statements.length} statements`,
    '',
  );
  if (answers.length === 0) {
    out.push('No answers yet.', '');
    continue;
  }
  out.push(
    '| code | statement | from | psa | csv | most common other | keying as intended | flaws named |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const statement of round.statements as SortStatement[]) {
    const r = scoreSortItem(statement, answers);
    const other = r.topOther ? `${r.topOther.pick} (${r.topOther.share.toFixed(2)})` : '—';
    const flaws = r.flaws.map((f) => `${f.flaw} ×${f.reviewers}`).join(', ') || '—';
    out.push(
      `| ${r.code} | ${r.id} | ${statement.from} | ${r.psa.toFixed(2)} | ${r.csv.toFixed(2)} | ${other} | ${Math.round(r.keyingAgreement * 100)}% | ${flaws} |`,
    );
  }
  out.push('');
}

const results = pooledSortResults(rounds);
const sets = readdirSync(SETS)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => parse(readFileSync(join(SETS, name), 'utf8')) as { version: number; statements: SortStatement[] })
  .filter((set) => set.version >= 2)
  .sort((a, b) => a.version - b.version);
for (const set of sets) {
  const statements = [...set.statements].sort(
    (a, b) => (a as { order?: number }).order! - (b as { order?: number }).order!,
  );
  out.push(`## Question set ${set.version}`, '', ...sortTable(statements, results).lines, '');
}
process.stdout.write(out.join('\n'));
