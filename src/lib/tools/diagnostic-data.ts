/**
 * The constraint-map diagnostic's saved data: the run in progress (answers, where the user is, how questions are
 * shown) and every finished run with its date and scores, so results can be compared over time.
 *
 * Version history: v1 (current).
 */
import { CONSTRAINT_IDS } from '../constraints';
import { isAnswer, type Answer } from '../diagnostic/answers';
import type { Scores } from '../diagnostic/scoring';
import type { DataCodec } from '../storage/envelope';
import { isIsoDate, isRecord, isSafeId } from '../storage/guards';

export type QuestionMode = 'one' | 'all';

export interface DiagnosticDraft {
  questionSetVersion: number;
  answers: Record<string, Answer>;
  /** Index of the question shown in one-at-a-time mode. */
  position: number;
  mode: QuestionMode;
  updatedAt: string | null;
}

export interface DiagnosticRun {
  id: string;
  finishedAt: string;
  questionSetVersion: number;
  scores: Scores;
  answers: Record<string, Answer>;
}

export interface DiagnosticData {
  draft: DiagnosticDraft;
  runs: DiagnosticRun[];
}

/** Most finished runs kept: years of six-weekly runs. */
export const MAX_RUNS = 200;
const MAX_ANSWERS = 200;

export function emptyDraft(questionSetVersion = 1): DiagnosticDraft {
  return { questionSetVersion, answers: {}, position: 0, mode: 'one', updatedAt: null };
}

function validAnswers(value: unknown): Record<string, Answer> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > MAX_ANSWERS || !entries.every(([id, answer]) => isSafeId(id) && isAnswer(answer))) return undefined;
  return Object.fromEntries(entries) as Record<string, Answer>;
}

const isVersion = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

function validScores(value: unknown): Scores | undefined {
  if (!isRecord(value)) return undefined;
  const scores: Partial<Scores> = {};
  for (const id of CONSTRAINT_IDS) {
    const score = value[id];
    if (score !== null && !(typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= 100)) return undefined;
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
  const { position, mode, updatedAt, questionSetVersion } = draft;
  if (
    !answers ||
    !isVersion(questionSetVersion) ||
    typeof position !== 'number' ||
    !Number.isInteger(position) ||
    position < 0 ||
    position > MAX_ANSWERS ||
    (mode !== 'one' && mode !== 'all') ||
    (updatedAt !== null && !isIsoDate(updatedAt))
  ) {
    return undefined;
  }
  const runs: DiagnosticRun[] = [];
  for (const run of data['runs']) {
    if (!isRecord(run) || !isSafeId(run['id']) || !isIsoDate(run['finishedAt']) || !isVersion(run['questionSetVersion'])) {
      return undefined;
    }
    const scores = validScores(run['scores']);
    const runAnswers = validAnswers(run['answers']);
    if (!scores || !runAnswers) return undefined;
    runs.push({ id: run['id'], finishedAt: run['finishedAt'], questionSetVersion: run['questionSetVersion'], scores, answers: runAnswers });
  }
  return { draft: { questionSetVersion, answers, position, mode, updatedAt }, runs };
}

export const diagnosticCodec: DataCodec<DiagnosticData> = {
  id: 'diagnostic',
  label: 'Constraint-map diagnostic',
  version: 1,
  migrations: {},
  validate,
  empty: () => ({ draft: emptyDraft(), runs: [] }),
  count: (value) => value.runs.length + (Object.keys(value.draft.answers).length > 0 ? 1 : 0),
  lastChanged: (value) =>
    [value.draft.updatedAt, ...value.runs.map((run) => run.finishedAt)]
      .filter((at): at is string => at !== null)
      .sort()
      .at(-1),
};
