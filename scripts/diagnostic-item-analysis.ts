/**
 * `npm run diagnostic:item-analysis -- FILE...`: the item analysis of pooled answers downloaded from the diagnostic's
 * team view (JSON Lines, one member per line). Every file is checked first; one that is not a valid pooled-answers
 * file stops the run with a sentence naming the file, the line and the field, so no figure rests on part of the data.
 * Nothing is sent anywhere: the files are read from disk and the report is printed.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeBySet } from '../src/lib/diagnostic/item-analysis.ts';
import { formatItemAnalysis } from '../src/lib/diagnostic/item-analysis-report.ts';
import { readPooledAnswers, type PooledAnswers } from '../src/lib/diagnostic/pooled-answers.ts';
import { constraintNames } from './lib/constraint-names.ts';
import { questionSets } from './lib/question-sets.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run diagnostic:item-analysis -- FILE... (answers downloaded from the team view)');
  process.exit(2);
}

const lines: PooledAnswers[] = [];
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`${file} cannot be read: check the path.`);
    process.exit(1);
  }
  const read = readPooledAnswers(text, basename(file));
  if (!read.ok) {
    console.error(read.error);
    process.exit(1);
  }
  lines.push(...read.lines);
}

const sets = new Map(questionSets().map((set) => [set.version, set.statements]));
const names = constraintNames();
process.stdout.write(formatItemAnalysis(analyzeBySet(lines, sets), (id) => names[id]));
