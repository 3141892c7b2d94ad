/**
 * The tie-break step: the top two constraints scored close, so a few forced choices between them decide. Its content
 * (a static JSON file) loads only when a run reaches this step.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConstraintId } from '../../lib/constraints';
import { forcedChoicesFor, type TieBreakContent } from '../../lib/diagnostic/tie-break';
import type { TieBreakPicks } from '../../lib/tools/diagnostic-data';
import { backToStatements, pickTieBreak } from '../../stores/diagnostic';

interface Props {
  between: [ConstraintId, ConstraintId];
  picks: TieBreakPicks;
  tieBreaksHref: string;
  timeFrame: string | undefined;
  onFinish: () => void;
}

let content: Promise<TieBreakContent> | undefined;

export default function TieBreakStep({ between, picks, tieBreaksHref, timeFrame, onFinish }: Props) {
  const [loaded, setLoaded] = useState<TieBreakContent | undefined>();
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    content ??= fetch(tieBreaksHref).then((response) =>
      response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
    );
    content.then(setLoaded, () => {
      content = undefined;
      setFailed(true);
    });
    heading.current?.focus();
  }, []);
  const choices = loaded ? forcedChoicesFor(loaded, between) : [];
  const answered = choices.filter((choice) => picks[choice.id] !== undefined).length;

  return (
    <section class="tie-break" aria-labelledby="tie-break-title" data-tie-break>
      <h2 id="tie-break-title" tabIndex={-1} ref={heading}>
        A close call: {choices.length || 4} quick choices
      </h2>
      <p>
        Two constraints scored within a few points of each other. For each pair of descriptions, choose the one closer
        to your team. {timeFrame}
      </p>
      {failed && (
        <p class="notice warning" role="alert">
          The tie-break could not be loaded. You can see the result without it; it will be marked low confidence.
        </p>
      )}
      {choices.map((choice, index) => (
        <fieldset class="question forced-choice" key={choice.id} data-choice={choice.id}>
          <legend>
            <span class="question-number">{`${index + 1}.`}</span> Which is closer to your team?
          </legend>
          <div class="scale">
            {choice.options.map((option) => (
              <label key={option.constraint}>
                <input
                  type="radio"
                  name={choice.id}
                  value={option.constraint}
                  checked={picks[choice.id] === option.constraint}
                  onChange={() => pickTieBreak(choice.id, option.constraint)}
                />{' '}
                {option.text}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p class="tool-actions">
        <button type="button" class="button" onClick={backToStatements}>
          Back to the statements
        </button>
        <button type="button" class="button primary" onClick={onFinish}>
          {answered === 0 ? 'Skip and see the result' : 'See the result'}
        </button>
      </p>
    </section>
  );
}
