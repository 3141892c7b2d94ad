/**
 * `npm run diagnostic:sort-brief -- ROUND REVIEWER`: prints the exact brief one reviewer of the blind sort gets,
 * with the round's statements in the order that reviewer's seed gives (see content/diagnostic/blind-sort/protocol.md).
 */
import { fillBrief } from '../src/lib/diagnostic/blind-sort.ts';
import { briefTemplate, readSortRound } from './lib/sort-files.ts';

const [roundArg, reviewerId] = process.argv.slice(2);
const n = Number(roundArg);
if (!Number.isInteger(n) || !reviewerId) {
  console.error('Usage: npm run diagnostic:sort-brief -- ROUND REVIEWER   (for example: 1 r01)');
  process.exit(2);
}
const { round, reviewers } = readSortRound(n);
const reviewer = reviewers.find((r) => r.id === reviewerId);
if (!reviewer) {
  console.error(
    `Round ${n} has no reviewer "${reviewerId}": see content/diagnostic/blind-sort/round-${n}/reviewers.yaml`,
  );
  process.exit(2);
}
process.stdout.write(fillBrief(briefTemplate(), reviewer, round.statements));
