/**
 * The statements, one at a time (with progress, back and next) or all on one page, then the essay's Coordination
 * Trap check as its own step.
 */
import { ANSWER_CHOICES, type Answer, type Question } from '../../lib/diagnostic/answers';
import type { DiagnosticDraft } from '../../lib/tools/diagnostic-data';
import { answerQuestion, goToQuestion } from '../../stores/diagnostic';
import TrapChecks from './TrapChecks';
import type { TrapCheckInfo } from './types';

interface Props {
  questions: readonly Question[];
  timeFrame: string | undefined;
  trapChecks: readonly TrapCheckInfo[];
  draft: DiagnosticDraft;
  onFinish: () => void;
}

function QuestionField({
  question,
  number,
  answer,
}: {
  question: Question;
  number: number;
  answer: Answer | undefined;
}) {
  return (
    <fieldset class="question" id={`q-${question.id}`} data-question={question.id}>
      <legend>
        <span class="question-number">{`${number}.`}</span> {question.text}
      </legend>
      <div class="scale">
        {ANSWER_CHOICES.map((choice) => (
          <label key={String(choice.value)}>
            <input
              type="radio"
              name={question.id}
              value={String(choice.value)}
              checked={answer === choice.value}
              onChange={() => answerQuestion(question.id, choice.value)}
            />{' '}
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export default function Questionnaire({ questions, timeFrame, trapChecks, draft, onFinish }: Props) {
  const total = questions.length;
  const answered = questions.filter((q) => draft.answers[q.id] !== undefined).length;
  const frame = timeFrame && (
    <p class="time-frame" data-time-frame>
      {timeFrame} How much do you agree with each statement?
    </p>
  );
  const finish = (
    <button type="button" class="button primary" onClick={onFinish} disabled={answered === 0}>
      See the result
    </button>
  );

  if (draft.mode === 'all') {
    return (
      <div class="questionnaire" data-mode="all">
        {frame}
        <p class="progress" aria-live="polite">
          {answered} of {total} answered
        </p>
        {questions.map((question, index) => (
          <QuestionField key={question.id} question={question} number={index + 1} answer={draft.answers[question.id]} />
        ))}
        <TrapChecks checks={trapChecks} answers={draft.trap} />
        <p class="tool-actions">{finish}</p>
      </div>
    );
  }

  // One at a time: every statement, then the trap check as the last step.
  const steps = total + (trapChecks.length > 0 ? 1 : 0);
  const position = Math.min(draft.position, steps - 1);
  const question = questions[position];
  const last = position === steps - 1;
  return (
    <div class="questionnaire" data-mode="one">
      {frame}
      <p class="progress" aria-live="polite" data-progress>
        {question ? `Question ${position + 1} of ${total}` : 'Last step: the Coordination Trap check'}
      </p>
      <progress max={steps} value={position + 1} aria-hidden="true" />
      {question ? (
        <QuestionField
          key={question.id}
          question={question}
          number={position + 1}
          answer={draft.answers[question.id]}
        />
      ) : (
        <TrapChecks checks={trapChecks} answers={draft.trap} />
      )}
      <p class="tool-actions">
        <button type="button" class="button" onClick={() => goToQuestion(position - 1)} disabled={position === 0}>
          Back
        </button>
        {last ? (
          finish
        ) : (
          <button type="button" class="button primary" onClick={() => goToQuestion(position + 1)}>
            Next
          </button>
        )}
      </p>
      {!last && answered > 0 && <p class="tool-actions">{finish}</p>}
    </div>
  );
}
