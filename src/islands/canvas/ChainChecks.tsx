/** "Checks on the chain": what the canvas still lacks, grouped by the link of the chain it belongs to. */
import { canvasHints } from '../../lib/canvas/hints';
import type { Canvas } from '../../lib/canvas/model';

export default function ChainChecks({ canvas, today }: { canvas: Canvas; today: string }) {
  const hints = canvasHints(canvas, today);
  return (
    <section class="hints" aria-labelledby="hints-title">
      <h2 id="hints-title">Checks on the chain</h2>
      {hints.length === 0 ? (
        <p data-no-hints>
          The chain has an aim with a date, a mechanism, outcome feedback, a kill criterion and a revisit date.
        </p>
      ) : (
        (['aim', 'mechanism', 'feedback'] as const).map((part) => {
          const inPart = hints.filter((hint) => hint.part === part);
          return inPart.length === 0 ? null : (
            <ul key={part} class={`hint-list hint-${part}`}>
              {inPart.map((hint) => (
                <li key={hint.id} data-hint={hint.id}>
                  {hint.message}
                </li>
              ))}
            </ul>
          );
        })
      )}
    </section>
  );
}
