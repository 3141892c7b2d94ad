import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Question } from '../../src/lib/diagnostic/answers.ts';

const FOLDER = join(import.meta.dirname, '../../content/diagnostic/question-sets');

export interface QuestionSetFile {
  version: number;
  timeFrame?: string;
  statements: (Question & { order: number })[];
}

/** Every question set as its content file says, oldest first (tests and benchmarks read content, not the build). */
export function questionSets(): QuestionSetFile[] {
  return readdirSync(FOLDER)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(readFileSync(join(FOLDER, name), 'utf8')) as QuestionSetFile)
    .map((set) => ({ ...set, statements: [...set.statements].sort((a, b) => a.order - b.order) }))
    .sort((a, b) => a.version - b.version);
}

/** The question set the diagnostic asks now: the newest. */
export function currentQuestionSet(): QuestionSetFile {
  return questionSets().at(-1)!;
}
