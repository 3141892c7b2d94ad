/** The constraint-map diagnostic: answer, see the dominant constraint, keep history, share, compare a team. */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../lib/diagnostic/answers';
import { rankScores, scoreChanges } from '../../lib/diagnostic/scoring';
import { decodeShare, type DecodedShare } from '../../lib/diagnostic/share';
import { diagnosticCodec, type DiagnosticData } from '../../lib/tools/diagnostic-data';
import { $diagnostic, deleteRun, finishRun, restartDraft, setQuestionMode } from '../../stores/diagnostic';
import SavedDataNotice from '../SavedDataNotice';
import Questionnaire from './Questionnaire';
import { useLazyComponent } from '../lazy';
import type { ConstraintInfo } from './types';

interface Props {
  questions: Question[];
  constraints: ConstraintInfo[];
  questionSetVersion: number;
  yourDataHref: string;
}

const EMPTY: DiagnosticData = diagnosticCodec.empty();
const labels = { [diagnosticCodec.id]: diagnosticCodec.label };

export default function DiagnosticTool({ questions, constraints, questionSetVersion, yourDataHref }: Props) {
  const data = useStore($diagnostic, { ssr: () => EMPTY });
  const [viewRunId, setViewRunId] = useState<string | undefined>();
  const [shared, setShared] = useState<DecodedShare | undefined>();
  const resultRef = useRef<HTMLDivElement>(null);
  const [teamOpen, setTeamOpen] = useState(false);
  // Results, sharing and the team view load on demand, keeping the page's start-up code small.
  const ResultView = useLazyComponent(() => import('./ResultView'), viewRunId !== undefined || shared?.ok === true);
  const ShareAndRemind = useLazyComponent(() => import('./ShareAndRemind'), viewRunId !== undefined);
  const TeamView = useLazyComponent(() => import('./TeamView'), teamOpen);

  // A shared result arrives in the fragment; read it after hydration so server and client first render agree.
  useEffect(() => {
    const read = () => setShared(location.hash.includes('share=') ? decodeShare(location.hash) : undefined);
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  useEffect(() => {
    if (viewRunId) resultRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [viewRunId, ResultView]);

  const nameOf = (id: string | undefined) => constraints.find((c) => c.id === id)?.name ?? '—';

  if (shared) {
    return (
      <div class="diagnostic" data-shared-view>
        {shared.ok ? (
          ResultView && (
            <ResultView
              heading="A shared diagnostic result"
              scores={shared.result.scores}
              answers={shared.result.answers}
              questions={questions}
              constraints={constraints}
              finishedAt={shared.result.finishedAt}
              questionSetVersion={shared.result.questionSetVersion}
              currentQuestionSetVersion={questionSetVersion}
            />
          )
        ) : (
          <p class="notice error" role="alert" data-share-error>
            {shared.error}
          </p>
        )}
        <p class="tool-actions no-print">
          <a class="button" href={location.pathname}>
            Take the diagnostic yourself
          </a>
        </p>
      </div>
    );
  }

  const runIndex = data.runs.findIndex((run) => run.id === viewRunId);
  const run = data.runs[runIndex];
  const previous = runIndex > 0 ? data.runs[runIndex - 1] : undefined;

  return (
    <div class="diagnostic">
      <SavedDataNotice toolId="diagnostic" labels={labels} yourDataHref={yourDataHref} />
      {run ? (
        <div ref={resultRef}>
          {ResultView && (
            <ResultView
              heading={`Your result, ${new Date(run.finishedAt).toLocaleDateString('en-GB', { dateStyle: 'long' })}`}
              scores={run.scores}
              answers={run.answers}
              questions={questions}
              constraints={constraints}
              finishedAt={run.finishedAt}
              questionSetVersion={run.questionSetVersion}
              currentQuestionSetVersion={questionSetVersion}
              changes={previous ? scoreChanges(run.scores, previous.scores) : undefined}
            >
              <p class="tool-actions no-print">
                <button type="button" class="button" onClick={() => window.print()}>
                  Print this result
                </button>
                <button type="button" class="button" onClick={() => setViewRunId(undefined)}>
                  Back to the questions
                </button>
              </p>
              {ShareAndRemind && (
                <ShareAndRemind
                  scores={run.scores}
                  answers={run.answers}
                  questionSetVersion={run.questionSetVersion}
                  finishedAt={run.finishedAt}
                />
              )}
            </ResultView>
          )}
        </div>
      ) : (
        <section class="no-print-when-result" aria-labelledby="questions-title">
          <h2 id="questions-title">The statements</h2>
          <fieldset class="mode">
            <legend>Show the statements</legend>
            <label>
              <input
                type="radio"
                name="mode"
                checked={data.draft.mode === 'one'}
                onChange={() => setQuestionMode('one')}
              />{' '}
              One at a time
            </label>
            <label>
              <input
                type="radio"
                name="mode"
                checked={data.draft.mode === 'all'}
                onChange={() => setQuestionMode('all')}
              />{' '}
              All on one page
            </label>
          </fieldset>
          <Questionnaire
            questions={questions}
            draft={data.draft}
            onFinish={() => setViewRunId(finishRun(questions, questionSetVersion).id)}
          />
          {Object.keys(data.draft.answers).length > 0 && (
            <p class="tool-actions">
              <button type="button" class="button" onClick={() => restartDraft(questionSetVersion)}>
                Clear these answers
              </button>
            </p>
          )}
        </section>
      )}

      <section class="history no-print" aria-labelledby="history-title">
        <h2 id="history-title">Your earlier runs</h2>
        {data.runs.length === 0 ? (
          <p>Finished runs are kept here, in this browser, so you can compare them over time.</p>
        ) : (
          <ol reversed data-history>
            {[...data.runs].reverse().map((r) => {
              const top = rankScores(r.scores)[0];
              return (
                <li key={r.id} data-run={r.id}>
                  {new Date(r.finishedAt).toLocaleDateString('en-GB', { dateStyle: 'medium' })}: {nameOf(top?.id)}
                  {top && ` (${top.score})`}{' '}
                  <button type="button" class="button" onClick={() => setViewRunId(r.id)}>
                    View<span class="visually-hidden"> the run of {r.finishedAt.slice(0, 10)}</span>
                  </button>{' '}
                  <button
                    type="button"
                    class="button"
                    onClick={() => {
                      if (viewRunId === r.id) setViewRunId(undefined);
                      deleteRun(r.id);
                    }}
                  >
                    Delete<span class="visually-hidden"> the run of {r.finishedAt.slice(0, 10)}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {TeamView ? (
        <TeamView constraints={constraints} currentQuestionSetVersion={questionSetVersion} />
      ) : (
        <section class="team no-print" aria-labelledby="team-title">
          <h2 id="team-title">Team view</h2>
          <p>Compare the share links of up to 20 team members: the median, the spread, and where you disagree most.</p>
          <p class="tool-actions">
            <button type="button" class="button" onClick={() => setTeamOpen(true)} aria-busy={teamOpen}>
              Compare a team’s results
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
