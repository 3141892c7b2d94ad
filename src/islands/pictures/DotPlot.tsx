/**
 * The team's spread: one row per constraint, a dot per member on the 0–100 scale, the median as a tall mark and the
 * widest disagreement outlined and labeled. The numbers are in the table beside it.
 */
import type { TeamSummary } from '../../lib/diagnostic/team';
import { DOT_PLOT, layOutDotPlot, type DotPlotLayout } from '../../lib/pictures/dot-plot';
import { TICKS, place } from '../../lib/pictures/scale';
import Figure, { type Drawing } from './Figure';

interface Props {
  summary: TeamSummary;
  members: number;
  nameOf: (id: string) => string;
  /** What the figure is of: "3 members" or "a room of 6". */
  who: string;
}

export default function DotPlot({ summary, members, nameOf, who }: Props) {
  function drawDotPlot(layout: DotPlotLayout): Drawing {
    const widest = summary.mostDisagreement;
    const widestRow = layout.rows.find((row) => row.widest);
    return {
      height: layout.height,
      svg: (
        <>
          {TICKS.map((tick) => (
            <g key={tick} class="tick">
              <line x1={place(tick, layout.scale)} x2={place(tick, layout.scale)} y1={14} y2={layout.height} />
              <text
                x={place(tick, layout.scale)}
                y={11}
                text-anchor={tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle'}
              >
                {tick}
              </text>
            </g>
          ))}
          {layout.rows.map((row) => (
            <g key={row.id} class={row.widest ? 'row widest' : 'row'} data-row={row.id}>
              {row.widest && (
                <rect
                  class="widest-band"
                  x={0}
                  y={row.labelY - 13}
                  width={layout.width}
                  height={DOT_PLOT.rowHeight - 2}
                />
              )}
              <text class="label" x={layout.scale.start} y={row.labelY}>
                {nameOf(row.id)}
                {row.widest && ' — widest disagreement'}
              </text>
              {row.range && <line class="range" x1={row.range.from} x2={row.range.to} y1={row.y} y2={row.y} />}
              {row.median && (
                <line
                  class="median"
                  x1={row.median.x}
                  x2={row.median.x}
                  y1={row.y - 11}
                  y2={row.y + 11}
                  data-median-x
                />
              )}
              {row.dots.map((dot) => (
                <circle key={dot.member} class="dot" cx={dot.x} cy={dot.y} r={DOT_PLOT.radius} data-dot>
                  <title>
                    Member {dot.member + 1}: {dot.score}
                  </title>
                </circle>
              ))}
            </g>
          ))}
        </>
      ),
      caption: (
        <>
          Each dot is one of {who}, on the 0–100 scale; the upright mark is the median.
          {widest && widestRow?.range
            ? ` The widest disagreement is about ${nameOf(widest)}, ${widestRow.range.spread} points from lowest to highest.`
            : members < 2
              ? ' With one member there is no spread to show.'
              : ' Everyone gave the same scores.'}
        </>
      ),
    };
  }

  return <Figure name="dot-plot" initialWidth={640} draw={(width) => drawDotPlot(layOutDotPlot(summary, width))} />;
}
