/** One diagnostic result: the verdict and what to do, confidence, the tie-break, deciding answers, the trap check. */
import ConstraintActions from './ConstraintActions';
import type { ComponentChildren } from 'preact';
import type { ConstraintId } from '../../lib/constraints';
import { answerLabel, type Question } from '../../lib/diagnostic/answers';
import type { Scores } from '../../lib/diagnostic/scoring';
import type { Verdict } from '../../lib/diagnostic/verdict';
import type { TrapAnswers } from '../../lib/tools/diagnostic-data';
import ProfileStrip from '../pictures/ProfileStrip';
import ScoreChart from './ScoreChart';
import TrapResult from './TrapResult';
import type { ConstraintInfo, TrapCheckInfo } from './types';
import { leadOver } from '../../lib/diagnostic/lead';

interface Props {
  heading: string;
  scores: Scores;
  verdict: Verdict;
  /** The statements of the run's question set (for the deciding answers' text), once loaded. */
  questions: readonly Question[] | undefined;
  constraints: readonly ConstraintInfo[];
  trap?: TrapAnswers | undefined;
  trapChecks: readonly TrapCheckInfo[];
  finishedAt?: string | undefined;
  questionSetVersion: number;
  currentQuestionSetVersion: number;
  methodHref: string;
  changes?: Record<ConstraintId, number | null> | undefined;
  /** Why there is no "since last run" column, when there is an earlier run it cannot be compared with. */
  changesNote?: string | undefined;
  children?: ComponentChildren;
}

export default function ResultView(props: Props) {
  const { verdict, questions, constraints, finishedAt, questionSetVersion, currentQuestionSetVersion } = props;
  const info = constraints.find((c) => c.id === verdict.dominant);
  const nameOf = (id: ConstraintId) => constraints.find((c) => c.id === id)?.name ?? id;
  const questionText = (id: string) => questions?.find((q) => q.id === id)?.text ?? id;
  const date = finishedAt ? new Date(finishedAt).toLocaleDateString('en-US', { dateStyle: 'long' }) : undefined;
  const tieBreak = verdict.tieBreak;

  return (
    <section class="result" aria-labelledby="result-title" data-result>
      <h2 id="result-title" tabIndex={-1}>
        {props.heading}
      </h2>
      {questionSetVersion < currentQuestionSetVersion && (
        <p class="notice" data-old-version>
          This result was made with an older set of statements (question set {questionSetVersion}; the current one is{' '}
          {currentQuestionSetVersion}). Its scores and deciding answers are shown as that set gave them.
        </p>
      )}
      {info ? (
        <div class="verdict">
          <p class="dominant">
            Dominant constraint: <strong data-dominant={info.id}>{info.name}</strong>
            {!verdict.byTieBreak && verdict.margin !== undefined && <>, {leadOver(verdict.margin, 'the next')}</>}
          </p>
          {tieBreak && (
            <p data-tie-break-decided>
              {nameOf(tieBreak.between[0])} and {nameOf(tieBreak.between[1])} scored within {verdict.margin} points of
              each other, so the tie-break decided: {info.name} was closer to your team in {Math.max(...tieBreak.votes)}{' '}
              of {tieBreak.votes[0] + tieBreak.votes[1]} forced choices.
            </p>
          )}
          {!tieBreak && verdict.byTieBreak && <p data-tie-break-decided>The tie-break step decided this verdict.</p>}
          <p>
            Smallest useful disequilibrium: <em>{info.smallestDisequilibrium}</em>
          </p>
          <ConstraintActions info={info} deciding={verdict.deciding} />
        </div>
      ) : (
        <p>No constraint has a score yet: every answer was “not sure”.</p>
      )}
      {verdict.lowConfidence && (
        <div class="notice warning" data-low-confidence>
          <p>
            <strong>Low confidence.</strong> {verdict.confidenceNotes.join(' ')} Treat the ranking as a prompt for
            discussion, not a verdict. <a href={props.methodHref}>How confidence is judged</a>.
          </p>
        </div>
      )}
      {verdict.deciding.length > 0 && (
        <>
          <h3>The answers that weighed most</h3>
          <ul data-deciding>
            {verdict.deciding.map((d) => (
              <li key={d.questionId}>
                {answerLabel(d.answer)}: “{questionText(d.questionId)}”
              </li>
            ))}
          </ul>
        </>
      )}
      {props.trap && <TrapResult trap={props.trap} checks={props.trapChecks} constraints={constraints} />}
      <ProfileStrip
        scores={props.scores}
        dominant={verdict.dominant}
        ranking={verdict.ranking}
        nameOf={nameOf}
        changes={props.changes}
      />
      <ScoreChart
        ranking={verdict.ranking}
        scores={props.scores}
        constraints={constraints}
        caption="Scores, highest first"
        changes={props.changes}
      />
      {props.changesNote && (
        <p class="hint" data-no-comparison>
          {props.changesNote}
        </p>
      )}
      <p class="no-print">
        <a href={props.methodHref}>How the statements are scored, and how far to trust the result</a>.
      </p>
      {props.children}
      <p class="print-only">
        {date ? `Diagnostic run of ${date}` : 'Diagnostic result'} · question set version {questionSetVersion} ·{' '}
        {typeof location === 'undefined' ? '' : location.href.split('#')[0]}
      </p>
    </section>
  );
}
