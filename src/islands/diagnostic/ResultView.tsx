/** One diagnostic result: ranking, the dominant constraint and what to do, confidence, deciding answers. */
import type { ComponentChildren } from 'preact';
import { answerLabel, type Answer, type Question } from '../../lib/diagnostic/answers';
import { rankScores, scoreDiagnostic, type Scores } from '../../lib/diagnostic/scoring';
import { encodeWhy } from '../../lib/diagnostic/why';
import type { ConstraintId } from '../../lib/constraints';
import ScoreChart from './ScoreChart';
import type { ConstraintInfo } from './types';

interface Props {
  scores: Scores;
  answers?: Record<string, Answer> | undefined;
  questions: readonly Question[];
  constraints: readonly ConstraintInfo[];
  finishedAt?: string | undefined;
  questionSetVersion: number;
  currentQuestionSetVersion: number;
  changes?: Record<ConstraintId, number | null> | undefined;
  heading: string;
  children?: ComponentChildren;
}

export default function ResultView(props: Props) {
  const { scores, answers, questions, constraints, finishedAt, questionSetVersion, currentQuestionSetVersion } = props;
  // With answers we can explain the verdict; a shared link without answers still ranks the scores it carries.
  const explained = answers ? scoreDiagnostic(questions, answers) : undefined;
  const ranked = rankScores(scores);
  const info = constraints.find((c) => c.id === ranked[0]?.id);
  const margin = ranked.length >= 2 ? ranked[0]!.score - ranked[1]!.score : undefined;
  const questionText = (id: string) => questions.find((q) => q.id === id)?.text ?? id;
  const date = finishedAt ? new Date(finishedAt).toLocaleDateString('en-GB', { dateStyle: 'long' }) : undefined;

  return (
    <section class="result" aria-labelledby="result-title" data-result>
      <h2 id="result-title" tabIndex={-1}>
        {props.heading}
      </h2>
      {questionSetVersion < currentQuestionSetVersion && (
        <p class="notice" data-old-version>
          This result was made with an older set of questions (version {questionSetVersion}; the current one is{' '}
          {currentQuestionSetVersion}). The scores are shown as they were.
        </p>
      )}
      {info ? (
        <div class="verdict">
          <p class="dominant">
            Dominant constraint: <strong data-dominant={info.id}>{info.name}</strong>
            {margin !== undefined && <> — {margin} points ahead of the next</>}
          </p>
          <p>
            Smallest useful disequilibrium: <em>{info.smallestDisequilibrium}</em>
          </p>
          <p class="tool-actions">
            <a class="button" href={explained ? `${info.href}#${encodeWhy(explained.deciding)}` : info.href} data-why-link>
              Read about {info.name}
            </a>
            <a class="button" href={info.guardrailsHref}>
              Guardrails for {info.name}
            </a>
            <a class="button" href={info.planHref} data-plan-probe>
              Plan a probe
            </a>
          </p>
        </div>
      ) : (
        <p>No constraint has a score yet: every answer was “not sure”.</p>
      )}
      {explained?.lowConfidence && (
        <div class="notice warning" data-low-confidence>
          <p>
            <strong>Low confidence.</strong> {explained.confidenceNotes.join(' ')} Treat the ranking as a prompt for
            discussion, not a verdict.
          </p>
        </div>
      )}
      {explained && explained.deciding.length > 0 && (
        <>
          <h3>The answers that weighed most</h3>
          <ul data-deciding>
            {explained.deciding.map((d) => (
              <li key={d.questionId}>
                {answerLabel(d.answer)}: “{questionText(d.questionId)}”
              </li>
            ))}
          </ul>
        </>
      )}
      <ScoreChart scores={scores} constraints={constraints} caption="Scores, highest first" changes={props.changes} />
      {props.children}
      <p class="print-only">
        {date ? `Diagnostic run of ${date}` : 'Diagnostic result'} · question set version {questionSetVersion} ·{' '}
        {typeof location === 'undefined' ? '' : location.href.split('#')[0]}
      </p>
    </section>
  );
}
