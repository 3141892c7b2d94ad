import { parse } from 'yaml';
import { checkSortRound, pooledSortResults, type CheckedSortRound } from '../lib/diagnostic/blind-sort';
import { getDiagnostic, getQuestionSets } from './collections';

/** Every file of the blind sort, bundled at build time (the method page shows the sort; nothing fetches it). */
const files = import.meta.glob<string>('../../content/diagnostic/blind-sort/round-*/**/*.{yaml,json}', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** The sort's rounds, oldest first; a malformed file fails the build naming the file and the fault. */
export function getSortRounds(): CheckedSortRound[] {
  const byRound = new Map<number, { statements?: unknown; reviewers?: unknown; answers: Record<string, unknown> }>();
  for (const [path, text] of Object.entries(files)) {
    const match = /round-(\d+)\/(?:answers\/)?([^/]+)$/.exec(path);
    if (!match) continue;
    const n = Number(match[1]);
    const name = match[2]!;
    const round = byRound.get(n) ?? { answers: {} };
    if (path.includes('/answers/')) round.answers[name] = JSON.parse(text);
    else if (name === 'statements.yaml') round.statements = parse(text);
    else if (name === 'reviewers.yaml') round.reviewers = parse(text);
    byRound.set(n, round);
  }
  return [...byRound]
    .sort(([a], [b]) => a - b)
    .map(([n, raw]) =>
      checkSortRound({
        folder: `content/diagnostic/blind-sort/round-${n}`,
        statements: raw.statements,
        reviewers: raw.reviewers,
        answers: raw.answers,
      }),
    );
}

/**
 * What the method page and its blind-sort page both say of the sort, worked out once per page: the rounds, each
 * statement's pooled result, how many reviewers took part, and the statements the current question set dropped from
 * the one before it.
 */
export async function getSortSummary() {
  const rounds = getSortRounds();
  const { questions } = await getDiagnostic();
  const previous = (await getQuestionSets()).at(-2);
  return {
    rounds,
    results: pooledSortResults(rounds),
    reviewerCount: rounds.reduce((sum, round) => sum + round.answers.length, 0),
    previous,
    dropped: previous?.questions.filter((q) => !questions.some((current) => current.id === q.id)) ?? [],
  };
}
