/** Answers to the diagnostic's agree/disagree statements. */
import type { ConstraintId } from '../constraints.ts';
import { isIntegerIn } from '../storage/guards.ts';

/** 1 = strongly disagree … 5 = strongly agree, or "not sure". */
export type Answer = 1 | 2 | 3 | 4 | 5 | 'not-sure';

export const ANSWER_CHOICES: readonly { value: Answer; label: string }[] = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
  { value: 'not-sure', label: 'Not sure' },
];

/** A statement; agreeing with it is a signal of its constraint, or, when it is reverse-keyed, disagreeing is. */
export interface Question {
  id: string;
  constraint: ConstraintId;
  text: string;
  /** Reverse-keyed: agreeing is the healthy answer, so the statement is scored the other way round. */
  reverse?: boolean;
  /** Question set 1 only: one of the essay's Coordination Trap quick checks, scored as a statement. */
  fromEssay?: boolean;
}

/** Narrows an unknown value to an answer. */
export function isAnswer(value: unknown): value is Answer {
  return value === 'not-sure' || isIntegerIn(value, 1, 5);
}

/** The label of an answer, e.g. "Strongly agree". */
export function answerLabel(answer: Answer): string {
  return ANSWER_CHOICES.find((choice) => choice.value === answer)?.label ?? String(answer);
}
