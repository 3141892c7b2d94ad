/**
 * A result opened from a share link, read-only: its link is decoded here, so the decoder loads only for links. The
 * verdict is the one the link carries, or (older links) the one its scores give under their question set's rules.
 */
import { useEffect, useState } from 'preact/hooks';
import { decodeShare, type DecodedShare } from '../../lib/diagnostic/share';
import { verdictOf } from '../../lib/diagnostic/verdict';
import ResultView from './ResultView';
import type { ConstraintInfo, TrapCheckInfo } from './types';
import { useQuestionSet, type CurrentSet } from './useQuestionSet';

interface Props {
  set: CurrentSet;
  trapChecks: readonly TrapCheckInfo[];
  constraints: readonly ConstraintInfo[];
  links: { method: string; questionSets: string };
}

export default function SharedResult({ set, trapChecks, constraints, links }: Props) {
  const [shared, setShared] = useState<DecodedShare>(() => decodeShare(location.hash));
  useEffect(() => {
    const read = () => setShared(decodeShare(location.hash));
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);
  const result = shared.ok ? shared.result : undefined;
  const questions = useQuestionSet(result?.answers ? result.questionSetVersion : undefined, set, links.questionSets);
  return (
    <div class="diagnostic" data-shared-view>
      {result ? (
        <ResultView
          heading="A shared diagnostic result"
          scores={result.scores}
          verdict={verdictOf({ ...result, questions, shared: result.verdict })}
          questions={questions}
          constraints={constraints}
          trapChecks={trapChecks}
          finishedAt={result.finishedAt}
          questionSetVersion={result.questionSetVersion}
          currentQuestionSetVersion={set.version}
          methodHref={links.method}
        />
      ) : (
        <p class="notice error" role="alert" data-share-error>
          {shared.ok ? '' : shared.error}
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
