/** Checks a canvas read from storage, a file or a link: every field present, typed and within its limit. */
import { isConstraintId } from '../constraints';
import { isIsoDate, isRecord, isSafeId } from '../storage/guards';
import { FIELD_LIMITS, LIMITS, type Canvas, type Decision } from './model';

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && [...value].length <= max;
const isDay = (value: unknown): value is string =>
  value === '' || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));

function section<T extends Record<string, string>>(
  value: unknown,
  limits: Record<string, number>,
  dates: string[] = [],
): T | undefined {
  if (!isRecord(value)) return undefined;
  const result: Record<string, string> = {};
  for (const [field, max] of Object.entries(limits)) {
    const text = value[field];
    if (!isText(text, max) || (dates.includes(field) && !isDay(text))) return undefined;
    result[field] = text;
  }
  return result as T;
}

/** The canvas, or undefined when anything is missing, mistyped or too long. */
export function validateCanvas(value: unknown): Canvas | undefined {
  if (!isRecord(value)) return undefined;
  const { id, name, owner, createdAt, updatedAt, constraint, guardrails, decisions } = value;
  if (
    !isSafeId(id) ||
    !isText(name, LIMITS.name) ||
    !isText(owner, LIMITS.owner) ||
    !isIsoDate(createdAt) ||
    !isIsoDate(updatedAt)
  ) {
    return undefined;
  }
  const aim = section<Canvas['aim']>(value['aim'], FIELD_LIMITS.aim, ['byWhen']);
  const mechanism = section<Canvas['mechanism']>(value['mechanism'], FIELD_LIMITS.mechanism);
  const feedback = section<Canvas['feedback']>(value['feedback'], FIELD_LIMITS.feedback, ['revisitBy']);
  if (!aim || !mechanism || !feedback) return undefined;
  if (constraint !== null && !isConstraintId(constraint)) return undefined;
  if (!Array.isArray(guardrails) || guardrails.length > LIMITS.guardrails || !guardrails.every(isSafeId))
    return undefined;
  if (!Array.isArray(decisions) || decisions.length > LIMITS.decisions) return undefined;
  const log: Decision[] = [];
  for (const entry of decisions) {
    if (
      !isRecord(entry) ||
      !isDay(entry['date']) ||
      !isText(entry['decision'], LIMITS.decision) ||
      !isText(entry['why'], LIMITS.decision)
    ) {
      return undefined;
    }
    log.push({ date: entry['date'], decision: entry['decision'], why: entry['why'] });
  }
  return {
    id,
    name,
    owner,
    createdAt,
    updatedAt,
    aim,
    mechanism,
    feedback,
    constraint,
    guardrails: [...guardrails],
    decisions: log,
  };
}
