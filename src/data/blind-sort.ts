import { parse } from 'yaml';
import { checkSortRound, pooledSortResults, type CheckedSortRound } from '../lib/diagnostic/blind-sort';

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

/** Each statement's pooled result over every round that sorted it. */
export const getSortResults = () => pooledSortResults(getSortRounds());
