/**
 * Pooled answers: what the team view hands to an item analysis. One JSON Lines file, one line per member whose share
 * link carried their answers, with nothing that names anyone:
 *
 *   {"member":2,"questionSet":3,"runDate":"2026-12-06","answers":{…},"trap":{…},"tieBreak":{…}}
 *
 * `member` is the member's number in the team view (the order the links were pasted), so a line can be matched with
 * its column there; `runDate` is the day only. `trap` and `tieBreak` are there when the link carried them (links made
 * before they were shared, and question set 1's, do not). Reading a file checks every line and refuses the whole file
 * with a sentence naming the line and the field at fault; reading what `formatPooledAnswers` wrote gives it back
 * exactly.
 */
import { isConstraintId } from '../constraints.ts';
import { isIntegerIn, isRecord, isSafeId } from '../storage/guards.ts';
import type { TieBreakPicks, TrapAnswers } from '../tools/diagnostic-data.ts';
import { isAnswer, type Answer } from './answers.ts';
import type { SharedResult } from './share.ts';

export interface PooledAnswers {
  member: number;
  questionSet: number;
  /** The day the run finished (YYYY-MM-DD), when the link said. */
  runDate?: string;
  answers: Record<string, Answer>;
  trap?: TrapAnswers;
  tieBreak?: TieBreakPicks;
}

export interface PooledFile {
  /** One entry per link that carried its answers, in the order pasted. */
  lines: PooledAnswers[];
  /** How many links were given in all, with or without answers. */
  links: number;
}

/** The pooled answers of the results given, in the order given; results without answers are only counted. */
export function poolAnswers(results: readonly SharedResult[]): PooledFile {
  const lines: PooledAnswers[] = [];
  results.forEach((result, index) => {
    if (!result.answers) return;
    lines.push({
      member: index + 1,
      questionSet: result.questionSetVersion,
      ...(runDayOf(result.finishedAt) ? { runDate: runDayOf(result.finishedAt)! } : {}),
      answers: result.answers,
      ...(result.trap ? { trap: result.trap } : {}),
      ...(result.tieBreak ? { tieBreak: result.tieBreak } : {}),
    });
  });
  return { lines, links: results.length };
}

/** The file's text: one JSON object per line, each line ending in a newline. */
export function formatPooledAnswers(lines: readonly PooledAnswers[]): string {
  return lines.map((line) => JSON.stringify(line) + '\n').join('');
}

/** "3 of 12 links carry their answers." */
export function answersCarriedSentence({ lines, links }: PooledFile): string {
  return `${lines.length} of ${links} ${links === 1 ? 'link carries its' : 'links carry their'} answers.`;
}

export type ReadPooled = { ok: true; lines: PooledAnswers[] } | { ok: false; error: string };

const FIELDS = new Set(['member', 'questionSet', 'runDate', 'answers', 'trap', 'tieBreak']);
const MAX_ENTRIES = 200;

/** What is wrong with one parsed line, or undefined when it is a valid line. */
function lineFault(value: unknown): string | undefined {
  if (!isRecord(value)) return 'is not a JSON object';
  const unknown = Object.keys(value).find((key) => !FIELDS.has(key));
  if (unknown !== undefined) return `has a field the format does not have: "${unknown}"`;
  const { member, questionSet, runDate, answers, trap, tieBreak } = value;
  if (!isIntegerIn(member, 1, 10_000)) return '"member" must be a whole number from 1';
  if (!isIntegerIn(questionSet, 1, 1000)) return '"questionSet" must be a question-set version (a whole number)';
  if (runDate !== undefined && !(typeof runDate === 'string' && isCalendarDay(runDate)))
    return '"runDate" must be a date written YYYY-MM-DD';
  if (!isRecord(answers)) return '"answers" must be an object of statement ids and answers';
  const answerEntries = Object.entries(answers);
  if (answerEntries.length > MAX_ENTRIES) return `"answers" has more than ${MAX_ENTRIES} statements`;
  const badAnswer = answerEntries.find(([id, answer]) => !isSafeId(id) || !isAnswer(answer));
  if (badAnswer) return `"answers" → "${badAnswer[0]}" must be a statement id with an answer from 1 to 5 or "not-sure"`;
  if (trap !== undefined) {
    if (!isRecord(trap)) return '"trap" must be an object of check ids and true or false';
    const bad = Object.entries(trap).find(([id, yes]) => !isSafeId(id) || typeof yes !== 'boolean');
    if (bad) return `"trap" → "${bad[0]}" must be a check id answered true or false`;
  }
  if (tieBreak !== undefined) {
    if (!isRecord(tieBreak)) return '"tieBreak" must be an object of choice ids and constraint ids';
    const bad = Object.entries(tieBreak).find(([id, pick]) => !isSafeId(id) || !isConstraintId(pick));
    if (bad) return `"tieBreak" → "${bad[0]}" must be a choice id with the constraint picked`;
  }
  return undefined;
}

function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

/** The day a run finished (UTC, YYYY-MM-DD), from whatever date text its link carried; undefined if none. */
function runDayOf(finishedAt: string | undefined): string | undefined {
  const time = finishedAt === undefined ? NaN : Date.parse(finishedAt);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/**
 * Reads a pooled-answers file. `source` names it in messages ("team-a.jsonl, line 4: …"). Blank lines are allowed;
 * anything else that is not a valid line refuses the whole file, so an analysis never rests on part of one.
 */
export function readPooledAnswers(text: string, source: string): ReadPooled {
  const lines: PooledAnswers[] = [];
  // A byte-order mark, as some editors save one, is not part of the first line.
  const rows = text.replace(/^\uFEFF/, '').split('\n');
  for (const [index, row] of rows.entries()) {
    if (row.trim() === '') continue;
    const at = `${source}, line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch {
      return { ok: false, error: `${at} is not valid JSON: the file may have been cut short or edited.` };
    }
    const fault = lineFault(value);
    if (fault) return { ok: false, error: `${at}: ${fault}.` };
    lines.push(value as unknown as PooledAnswers);
  }
  if (lines.length === 0) return { ok: false, error: `${source} holds no answers: it is empty.` };
  return { ok: true, lines };
}
