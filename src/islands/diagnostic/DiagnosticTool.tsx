/** The constraint-map diagnostic: answer, see the dominant constraint, keep history, share, compare a team. */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { diagnosticCodec, type DiagnosticData } from '../../lib/tools/diagnostic-data';
import { $diagnostic, claimBlankDraft } from '../../stores/diagnostic';
import Deferred from '../Deferred';
import { useLazyComponent, useLazyModule } from '../lazy';
import SavedDataNotice from '../SavedDataNotice';
import StatementsStep from './StatementsStep';
import type { ConstraintInfo, TrapCheckInfo } from './types';
import type { CurrentSet } from './useQuestionSet';

interface Props {
  set: CurrentSet & { timeFrame: string | undefined };
  trapChecks: TrapCheckInfo[];
  constraints: ConstraintInfo[];
  links: { yourData: string; method: string; questionSets: string; tieBreaks: string };
}

const EMPTY: DiagnosticData = diagnosticCodec.empty();
const labels = { [diagnosticCodec.id]: diagnosticCodec.label };

export default function DiagnosticTool({ set, trapChecks, constraints, links }: Props) {
  const data = useStore($diagnostic, { ssr: () => EMPTY });
  const [viewRunId, setViewRunId] = useState<string | undefined>();
  const [sharing, setSharing] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const [teamOpen, setTeamOpen] = useState(false);
  const run = data.runs.find((r) => r.id === viewRunId);
  const draft = data.draft;
  const olderDraft = draft.questionSetVersion < set.version && Object.keys(draft.answers).length > 0;
  // Scoring loads when a result is asked for; until then the page needs only the questionnaire.
  const scoring = useLazyModule(() => import('../../lib/diagnostic/scoring'), draft.step === 'tie-break');
  const tieBreakPair =
    draft.step === 'tie-break'
      ? scoring?.scoreDiagnostic(set.questions, draft.answers, { questionSetVersion: set.version }).tieBreakNeeded
      : undefined;
  // Everything but the questionnaire loads on demand, keeping the page's start-up code small.
  const SharedResult = useLazyComponent(() => import('./SharedResult'), sharing);
  const RunResult = useLazyComponent(() => import('./RunResult'), run !== undefined);
  const OlderDraft = useLazyComponent(() => import('./OlderDraft'), olderDraft);
  const TieBreakStep = useLazyComponent(() => import('./TieBreakStep'), tieBreakPair !== undefined);
  const TeamView = useLazyComponent(() => import('./TeamView'), teamOpen);

  useEffect(() => claimBlankDraft(set.version), [draft.questionSetVersion]);

  // A shared result arrives in the fragment; look after hydration so server and client first render agree.
  useEffect(() => {
    const read = () => setSharing(location.hash.includes('share='));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  useEffect(() => {
    if (viewRunId) resultRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [viewRunId, RunResult]);

  const finish = () =>
    void import('../../stores/diagnostic-result').then(({ finishRun }) =>
      setViewRunId(finishRun(set.questions, set.version).id),
    );

  if (sharing) {
    return SharedResult ? (
      <SharedResult set={set} trapChecks={trapChecks} constraints={constraints} links={links} />
    ) : null;
  }

  return (
    <div class="diagnostic">
      <SavedDataNotice toolId="diagnostic" labels={labels} yourDataHref={links.yourData} />
      {run ? (
        <div ref={resultRef}>
          {RunResult && (
            <RunResult
              run={run}
              runs={data.runs}
              set={set}
              trapChecks={trapChecks}
              constraints={constraints}
              links={links}
              onBack={() => setViewRunId(undefined)}
            />
          )}
        </div>
      ) : olderDraft ? (
        OlderDraft && (
          <OlderDraft
            draft={draft}
            currentVersion={set.version}
            setsHref={links.questionSets}
            onFinished={setViewRunId}
          />
        )
      ) : tieBreakPair ? (
        TieBreakStep && (
          <TieBreakStep
            between={tieBreakPair}
            picks={draft.tieBreak}
            tieBreaksHref={links.tieBreaks}
            timeFrame={set.timeFrame}
            onFinish={finish}
          />
        )
      ) : draft.step === 'tie-break' && !scoring ? null : (
        <StatementsStep
          set={set}
          trapChecks={trapChecks}
          draft={draft}
          onResult={(finished) => setViewRunId(finished.id)}
        />
      )}

      <Deferred
        load={() => import('./History')}
        props={{
          runs: data.runs,
          current: set,
          constraints,
          onView: setViewRunId,
          onDelete: (runId: string) => runId === viewRunId && setViewRunId(undefined),
        }}
      />

      {TeamView ? (
        <TeamView constraints={constraints} currentQuestionSetVersion={set.version} methodHref={links.method} />
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
