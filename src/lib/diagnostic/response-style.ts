/**
 * Response styles: answer patterns that say more about how someone answers than about their team. Each one found
 * is explained in plain words on the result and lowers its confidence.
 */
import { CONSTRAINT_IDS } from '../constraints.ts';
import { answerLabel, type Answer, type Question } from './answers.ts';

/** Fewest answers (other than "not sure") before "the same answer everywhere" is worth saying. */
export const STRAIGHT_LINE_MIN_ANSWERS = 8;
/** Constraints on which agreeing with a statement and with its reverse counts as a response style. */
export const ACQUIESCENCE_MIN_CONSTRAINTS = 3;

const agrees = (answer: Answer | undefined) => answer === 4 || answer === 5;

/** The response styles in a set of answers, as sentences for the result; empty when there are none. */
export function responseStyleNotes(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer>>,
): string[] {
  const notes: string[] = [];
  const given: Answer[] = [];
  // The constraints with an agree-keyed statement agreed with, and those with a reverse-keyed one agreed with.
  const agreedOwn = new Set<string>();
  const agreedReverse = new Set<string>();
  for (const q of questions) {
    const answer = answers[q.id];
    if (answer !== undefined && answer !== 'not-sure') given.push(answer);
    if (agrees(answer)) (q.reverse ? agreedReverse : agreedOwn).add(q.constraint);
  }
  if (given.length >= STRAIGHT_LINE_MIN_ANSWERS && given.every((answer) => answer === given[0])) {
    notes.push(
      `Every statement got the same answer (“${answerLabel(given[0]!)}”), so the scores cannot tell the constraints apart.`,
    );
  }
  const both = CONSTRAINT_IDS.filter((id) => agreedOwn.has(id) && agreedReverse.has(id));
  if (both.length >= ACQUIESCENCE_MIN_CONSTRAINTS) {
    notes.push(
      `On ${both.length} constraints you agreed with a statement and also with its opposite. Agreeing with most statements, whatever they say, raises every score alike.`,
    );
  }
  return notes;
}
