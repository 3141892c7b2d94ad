/** Reads the blind sort's committed files (content/diagnostic/blind-sort/) from disk, for the sort's scripts and tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkSortRound, type CheckedSortRound } from '../../src/lib/diagnostic/blind-sort.ts';

export const SORT_FOLDER = join(import.meta.dirname, '../../content/diagnostic/blind-sort');

/** The round numbers present, in order. */
export function sortRounds(): number[] {
  return readdirSync(SORT_FOLDER)
    .map((name) => /^round-(\d+)$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Reads one round and checks it (see `checkSortRound`). */
export function readSortRound(n: number): CheckedSortRound {
  const folder = join(SORT_FOLDER, `round-${n}`);
  const answersFolder = join(folder, 'answers');
  const names = existsSync(answersFolder) ? readdirSync(answersFolder).filter((f) => f.endsWith('.json')) : [];
  return checkSortRound({
    folder: `content/diagnostic/blind-sort/round-${n}`,
    statements: parse(readFileSync(join(folder, 'statements.yaml'), 'utf8')),
    reviewers: parse(readFileSync(join(folder, 'reviewers.yaml'), 'utf8')),
    answers: Object.fromEntries(
      names.map((name) => [name, JSON.parse(readFileSync(join(answersFolder, name), 'utf8'))]),
    ),
  });
}

/** The brief's template: the part of protocol.md between its two horizontal rules. */
export function briefTemplate(): string {
  const protocol = readFileSync(join(SORT_FOLDER, 'protocol.md'), 'utf8');
  const parts = protocol.split(/\n---\n/);
  if (parts.length < 3)
    throw new Error(`${join(SORT_FOLDER, 'protocol.md')}: the brief must stand between two "---" lines`);
  return parts[1]!.trim() + '\n';
}
