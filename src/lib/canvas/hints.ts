/**
 * Checks the chain, not the boxes: hints (never errors) where the aim, the mechanism or the feedback is missing
 * the part that makes it testable.
 */
import type { Canvas } from './model';

export type HintId =
  | 'no-mechanism'
  | 'no-kill-criterion'
  | 'revisit-in-past'
  | 'no-revisit-date'
  | 'aim-without-date'
  | 'activity-feedback';

export interface Hint {
  id: HintId;
  /** Which part of the chain it concerns. */
  part: 'aim' | 'mechanism' | 'feedback';
  message: string;
}

/** Words that count effort rather than effect. Feedback built on them measures activity. */
const ACTIVITY = [
  'ticket',
  'story point',
  'velocity',
  'commit',
  'pull request',
  'prs merged',
  'lines of code',
  'features shipped',
  'features delivered',
  'tasks completed',
  'tasks closed',
  'hours',
  'meetings',
  'deploys',
  'deployments',
  'releases shipped',
  'output',
  'burndown',
];

/** Whether a feedback text counts activity (tickets, story points, features shipped…). */
export function measuresActivity(text: string): boolean {
  const lower = text.toLocaleLowerCase('en');
  return ACTIVITY.some((word) => new RegExp(`\\b${word}s?\\b`).test(lower));
}

/** The hints for a canvas, given today's date (YYYY-MM-DD). */
export function canvasHints(canvas: Canvas, today: string): Hint[] {
  const hints: Hint[] = [];
  const blank = (text: string) => text.trim() === '';
  if (!blank(canvas.aim.outcome) && blank(canvas.aim.byWhen)) {
    hints.push({
      id: 'aim-without-date',
      part: 'aim',
      message: 'The aim has no date. By when should the outcome have moved?',
    });
  }
  if (blank(canvas.mechanism.because) || blank(canvas.mechanism.weExpect)) {
    hints.push({
      id: 'no-mechanism',
      part: 'mechanism',
      message: 'No mechanism yet: write “because …, we expect …” so the chain from work to outcome can be tested.',
    });
  }
  const feedbackText = [canvas.feedback.leadingSignal, canvas.feedback.laggingOutcome, canvas.feedback.measure].join(
    ' ',
  );
  if (measuresActivity(feedbackText)) {
    hints.push({
      id: 'activity-feedback',
      part: 'feedback',
      message:
        'The feedback counts activity (tickets, points, things shipped). What would change for users or the business?',
    });
  }
  if (blank(canvas.feedback.killCriterion)) {
    hints.push({ id: 'no-kill-criterion', part: 'feedback', message: 'No kill criterion: how will you know to stop?' });
  }
  if (blank(canvas.feedback.revisitBy)) {
    hints.push({
      id: 'no-revisit-date',
      part: 'feedback',
      message: 'No revisit-by date: when will you look at this again?',
    });
  } else if (canvas.feedback.revisitBy < today) {
    hints.push({
      id: 'revisit-in-past',
      part: 'feedback',
      message: `The revisit-by date (${canvas.feedback.revisitBy}) has passed: review the evidence and log a decision.`,
    });
  }
  return hints;
}
