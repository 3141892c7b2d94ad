/** Reads the blind sort's committed files (content/diagnostic/blind-sort/) for the sort's scripts and tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  sortAnswersSchema,
  sortReviewersSchema,
  sortRoundSchema,
  type SortAnswers,
  type SortReviewer,
  type SortRound,
} from '../../src/lib/diagnostic/blind-sort.ts';

export const SORT_FOLDER = join(import.meta.dirname, '../../content/diagnostic/blind-sort');

/** A round's statements, reviewers and answers; a malformed file fails naming the file and the fault. */
export interface SortRoundFiles {
  round: SortRound;
  reviewers: SortReviewer[];
  answers: SortAnswers[];
}

function read<T>(file: string, schema: { safeParse(value: unknown): { success: boolean; data?: T; error?: { issues: { path: PropertyKey[]; message: string }[] } } }): T {
  const raw = file.endsWith('.json') ? JSON.parse(readFileSync(file, 'utf8')) : parse(readFileSync(file, 'utf8'));
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error!.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return result.data as T;
}

/** The round numbers present, in order. */
export function sortRounds(): number[] {
  return readdirSync(SORT_FOLDER)
    .map((name) => /^round-(\d+)$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Reads one round; every answers file must come from a listed reviewer and name only the round's statements. */
export function readSortRound(n: number): SortRoundFiles {
  const folder = join(SORT_FOLDER, `round-${n}`);
  const round = read(join(folder, 'statements.yaml'), sortRoundSchema);
  const { reviewers } = read(join(folder, 'reviewers.yaml'), sortReviewersSchema);
  const codes = new Set(round.statements.map((s) => s.code));
  const answersFolder = join(folder, 'answers');
  const files = existsSync(answersFolder) ? readdirSync(answersFolder).filter((f) => f.endsWith('.json')).sort() : [];
  const answers = files.map((name) => {
    const file = join(answersFolder, name);
    const parsed = read(file, sortAnswersSchema);
    if (`${parsed.reviewer}.json` !== name) throw new Error(`${file}: reviewer "${parsed.reviewer}" in a file named ${name}`);
    if (!reviewers.some((r) => r.id === parsed.reviewer)) throw new Error(`${file}: "${parsed.reviewer}" is not in reviewers.yaml`);
    const seen = new Set<string>();
    for (const a of parsed.answers) {
      if (!codes.has(a.statement)) throw new Error(`${file}: "${a.statement}" is not a statement of round ${n}`);
      if (seen.has(a.statement)) throw new Error(`${file}: "${a.statement}" is answered twice`);
      seen.add(a.statement);
    }
    return parsed;
  });
  return { round, reviewers, answers };
}

/** The brief's template: the part of protocol.md between its two horizontal rules. */
export function briefTemplate(): string {
  const protocol = readFileSync(join(SORT_FOLDER, 'protocol.md'), 'utf8');
  const parts = protocol.split(/\n---\n/);
  if (parts.length < 3) throw new Error(`${join(SORT_FOLDER, 'protocol.md')}: the brief must stand between two "---" lines`);
  return parts[1]!.trim() + '\n';
}
