/**
 * The constraint-map diagnostic's saved data: the run in progress (answers, where the user is, how questions are
 * shown) and every finished run with its date and scores, so results can be compared over time.
 *
 * Version history: v1; v2 (current) adds the Coordination Trap answers and the tie-break's forced choices to the
 * draft and to each run, and the draft's step. A v1 value migrates with empty ones: its runs are unchanged.
 */
import { CONSTRAINT_IDS } from '../constraints';
import { isAnswer, type Answer } from '../diagnostic/answers';
import { isConstraintId, type ConstraintId } from '../constraints';
import type { Scores } from '../diagnostic/scoring';
import type { DataCodec } from '../storage/envelope';
import { isIntegerIn, isIsoDate, isRecord, isSafeId } from '../storage/guards';

export type QuestionMode = 'one' | 'all';
/** Where a run in progress is: answering the statements, or the tie-break step between the top two. */
export type DraftStep = 'statements' | 'tie-break';

/** The Coordination Trap quick checks answered yes (true) or no (false), by check id. */
export type TrapAnswers = Record<string, boolean>;
/** The tie-break's forced choices: the constraint picked, by choice id. */
export type TieBreakPicks = Record<string, ConstraintId>;

export interface DiagnosticDraft {
  questionSetVersion: number;
  answers: Record<string, Answer>;
  trap: TrapAnswers;
  tieBreak: TieBreakPicks;
  step: DraftStep;
  /** Index of the question shown in one-at-a-time mode. */
  position: number;
  mode: QuestionMode;
  updatedAt: string | null;
}

export interface DiagnosticRun {
  id: string;
  finishedAt: string;
  questionSetVersion: number;
  /** The scores as they were when the run finished: what history, links and comparisons show. */
  scores: Scores;
  answers: Record<string, Answer>;
  trap?: TrapAnswers;
  tieBreak?: TieBreakPicks;
}

export interface DiagnosticData {
  draft: DiagnosticDraft;
  runs: DiagnosticRun[];
}

/** Most finished runs kept: years of six-weekly runs. */
export const MAX_RUNS = 200;
const MAX_ANSWERS = 200;

export function emptyDraft(questionSetVersion = 2): DiagnosticDraft {
  return {
    questionSetVersion,
    answers: {},
    trap: {},
    tieBreak: {},
    step: 'statements',
    position: 0,
    mode: 'one',
    updatedAt: null,
  };
}

const MAX_CHOICES = 20;

/** A map of safe ids to values that pass `isValue`, at most `max` of them; undefined otherwise. */
function validIdMap<T>(value: unknown, max: number, isValue: (v: unknown) => v is T): Record<string, T> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  return entries.length <= max && entries.every(([id, v]) => isSafeId(id) && isValue(v))
    ? (Object.fromEntries(entries) as Record<string, T>)
    : undefined;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** The trap answers in a value read back, or undefined if it is not a valid set of them. */
export const validTrap = (value: unknown): TrapAnswers | undefined => validIdMap(value, MAX_CHOICES, isBoolean);

/** The tie-break picks in a value read back, or undefined if they are not valid. */
export const validPicks = (value: unknown): TieBreakPicks | undefined => validIdMap(value, MAX_CHOICES, isConstraintId);

/** The statements' answers in a value read back, or undefined if they are not valid. */
export const validAnswers = (value: unknown): Record<string, Answer> | undefined =>
  validIdMap(value, MAX_ANSWERS, isAnswer);

const isVersion = (value: unknown): value is number => isIntegerIn(value, 1);

function validScores(value: unknown): Scores | undefined {
  if (!isRecord(value)) return undefined;
  const scores: Partial<Scores> = {};
  for (const id of CONSTRAINT_IDS) {
    const score = value[id];
    if (score !== null && !isIntegerIn(score, 0, 100)) return undefined;
    scores[id] = score;
  }
  return Object.keys(value).length === CONSTRAINT_IDS.length ? (scores as Scores) : undefined;
}

function validate(data: unknown): DiagnosticData | undefined {
  if (!isRecord(data) || !isRecord(data['draft']) || !Array.isArray(data['runs']) || data['runs'].length > MAX_RUNS) {
    return undefined;
  }
  const draft = data['draft'];
  const answers = validAnswers(draft['answers']);
  const trap = validTrap(draft['trap']);
  const tieBreak = validPicks(draft['tieBreak']);
  const { position, mode, updatedAt, questionSetVersion, step } = draft;
  if (
    !answers ||
    !trap ||
    !tieBreak ||
    !isVersion(questionSetVersion) ||
    !isIntegerIn(position, 0, MAX_ANSWERS) ||
    (mode !== 'one' && mode !== 'all') ||
    (step !== 'statements' && step !== 'tie-break') ||
    (updatedAt !== null && !isIsoDate(updatedAt))
  ) {
    return undefined;
  }
  const runs: DiagnosticRun[] = [];
  for (const run of data['runs']) {
    if (
      !isRecord(run) ||
      !isSafeId(run['id']) ||
      !isIsoDate(run['finishedAt']) ||
      !isVersion(run['questionSetVersion'])
    ) {
      return undefined;
    }
    const scores = validScores(run['scores']);
    const runAnswers = validAnswers(run['answers']);
    const runTrap = run['trap'] === undefined ? {} : validTrap(run['trap']);
    const runPicks = run['tieBreak'] === undefined ? {} : validPicks(run['tieBreak']);
    if (!scores || !runAnswers || !runTrap || !runPicks) return undefined;
    const valid: DiagnosticRun = {
      id: run['id'],
      finishedAt: run['finishedAt'],
      questionSetVersion: run['questionSetVersion'],
      scores,
      answers: runAnswers,
    };
    if (run['trap'] !== undefined) valid.trap = runTrap;
    if (run['tieBreak'] !== undefined) valid.tieBreak = runPicks;
    runs.push(valid);
  }
  return { draft: { questionSetVersion, answers, trap, tieBreak, step, position, mode, updatedAt }, runs };
}

/** v1 → v2: the draft gains empty trap answers and tie-break choices, on the statements step. */
function fromV1(data: unknown): unknown {
  if (!isRecord(data) || !isRecord(data['draft'])) return data;
  return { ...data, draft: { ...data['draft'], trap: {}, tieBreak: {}, step: 'statements' } };
}

export const diagnosticCodec: DataCodec<DiagnosticData> = {
  id: 'diagnostic',
  label: 'Constraint-map diagnostic',
  version: 2,
  migrations: { 1: fromV1 },
  validate,
  empty: () => ({ draft: emptyDraft(), runs: [] }),
  count: (value) => value.runs.length + (Object.keys(value.draft.answers).length > 0 ? 1 : 0),
};
