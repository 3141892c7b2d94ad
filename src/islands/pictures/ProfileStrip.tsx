/**
 * The profile at a glance: every constraint's score as a bar, in the essay's order (which never changes, so profiles
 * compare at a glance), the dominant one solid, and its margin over the runner-up marked on its bar. The ranked
 * table of scores follows it on screen; on paper this picture, with the changes since the last run, stands for both.
 */
import type { ConstraintId } from '../../lib/constraints';
import type { Scores } from '../../lib/diagnostic/scoring';
import { PROFILE, layOutProfile, type ProfileLayout } from '../../lib/pictures/profile';
import Figure, { type Drawing } from './Figure';
import { signedChange } from '../../lib/diagnostic/compare';
import { leadOver } from '../../lib/diagnostic/lead';

interface Props {
  scores: Scores;
  dominant: ConstraintId | undefined;
  ranking: readonly { id: ConstraintId; score: number }[];
  nameOf: (id: ConstraintId) => string;
  /** Change since the previous comparable run, shown after each score. */
  changes?: Record<ConstraintId, number | null> | undefined;
  /** What the changes are measured from, as the caption says it: "your last run" (default) or "the last session". */
  since?: string;
}

export default function ProfileStrip({ scores, dominant, ranking, nameOf, changes, since = 'your last run' }: Props) {
  function drawProfile(layout: ProfileLayout): Drawing {
    const { margin } = layout;
    const runnerUp = layout.bars.find((bar) => bar.runnerUp);
    return {
      height: layout.height,
      svg: (
        <>
          {layout.bars.map((bar) => (
            <g key={bar.id} class={bar.dominant ? 'bar dominant' : 'bar'} data-bar={bar.id}>
              <text class="label" x={0} y={bar.labelY}>
                {nameOf(bar.id)}:{' '}
                <tspan x={bar.scoreY === undefined ? undefined : 0} y={bar.scoreY}>
                  {bar.score ?? 'no answer'}
                  {changes && typeof changes[bar.id] === 'number' && ` · ${signedChange(changes[bar.id]!)}`}
                  {bar.dominant && ' (dominant)'}
                  {bar.runnerUp && margin && margin.points > 0 && ` (next, ${margin.points} behind)`}
                  {bar.runnerUp && margin && margin.points === 0 && ' (next, level with it)'}
                </tspan>
              </text>
              <rect class="track" x={0} y={bar.y} width={layout.width} height={PROFILE.barHeight} />
              {bar.end !== undefined && bar.end > 0 && (
                <rect class="fill" x={0} y={bar.y} width={bar.end} height={PROFILE.barHeight} />
              )}
            </g>
          ))}
          {margin && (
            <g class="margin" data-margin={margin.points}>
              <line
                x1={margin.runnerUpX}
                x2={margin.runnerUpX}
                y1={margin.y - 4}
                y2={margin.y + PROFILE.barHeight + 4}
              />
              {/* Over the solid bar the mark takes the page's background color: text color there is too faint. */}
              {margin.runnerUpX <= margin.dominantX && (
                <line
                  class="on-fill"
                  x1={margin.runnerUpX}
                  x2={margin.runnerUpX}
                  y1={margin.y}
                  y2={margin.y + PROFILE.barHeight}
                />
              )}
            </g>
          )}
        </>
      ),
      caption: (
        <>
          The eight constraints in the essay’s order, each bar its score out of 100
          {changes ? `, with the change since ${since} after the score` : ''}.
          {dominant && margin && runnerUp
            ? ` ${nameOf(dominant)} dominates${margin.points >= 0 ? `, ${leadOver(margin.points, nameOf(runnerUp.id))}` : `, chosen by the tie-break over ${nameOf(runnerUp.id)}`} (the upright mark on its bar is ${nameOf(runnerUp.id)}’s score).`
            : ''}
        </>
      ),
    };
  }

  return (
    <Figure
      name="profile"
      initialWidth={560}
      draw={(width) => drawProfile(layOutProfile(scores, dominant, ranking, width))}
    />
  );
}
