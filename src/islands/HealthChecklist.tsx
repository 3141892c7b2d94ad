/** The Alignment Health Checklist: answer each item, see the summary, print, reset with undo. */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { CHECKLIST_THEMES, summarizeChecklist, summaryLine, type ChecklistItem } from '../lib/checklist';
import type { ChecklistData } from '../lib/tools/health-checklist-data';
import { $checklist, resetChecklist } from '../stores/checklist';
import ChecklistItemField, { type ChecklistLinks } from './checklist/ChecklistItemField';
import SavedDataNotice from './SavedDataNotice';

interface Props {
  items: ChecklistItem[];
  /** Site-root-relative hrefs with the base already applied. */
  links: ChecklistLinks & { yourData: string };
  labels: Record<string, string>;
}

const EMPTY: ChecklistData = { answers: {} };

export default function HealthChecklist({ items, links, labels }: Props) {
  const data = useStore($checklist, { ssr: () => EMPTY });
  const [undo, setUndo] = useState<(() => void) | undefined>();
  const [blank, setBlank] = useState(false);
  const summary = summarizeChecklist(items, data);

  const print = (asBlank: boolean) => {
    setBlank(asBlank);
    // Let the blank/filled state render before the print snapshot.
    requestAnimationFrame(() => {
      window.print();
      setBlank(false);
    });
  };

  return (
    <div class={`checklist${blank ? ' print-blank' : ''}`}>
      <SavedDataNotice toolId="health-checklist" labels={labels} yourDataHref={links.yourData} />
      <section class="summary" aria-labelledby="checklist-summary-title">
        <h2 id="checklist-summary-title">Summary</h2>
        <p class="summary-line" role="status" data-answered={summary.answered}>
          {summaryLine(summary)}
        </p>
        {summary.weakest && (summary.weakestConstraints.length > 0 || summary.weakestGuardrails.length > 0) && (
          <p>
            Behind {summary.weakest.label.toLowerCase()}:{' '}
            {summary.weakestConstraints.map((c, i) => (
              <>
                {i > 0 && ', '}
                <a href={links.constraint[c.id]}>{c.name}</a>
              </>
            ))}
            . Guardrails to try:{' '}
            {summary.weakestGuardrails.slice(0, 4).map((g, i) => (
              <>
                {i > 0 && ', '}
                <a href={links.guardrail[g.id]}>{g.name}</a>
              </>
            ))}
            .
          </p>
        )}
        <p class="tool-actions no-print">
          <button type="button" class="button" onClick={() => print(false)}>
            Print with answers
          </button>{' '}
          <button type="button" class="button" onClick={() => print(true)}>
            Print a blank worksheet
          </button>{' '}
          <button
            type="button"
            class="button"
            onClick={() => setUndo(() => resetChecklist())}
            disabled={summary.answered === 0}
          >
            Reset answers
          </button>
        </p>
        {undo && (
          <p class="no-print" role="status">
            Answers cleared.{' '}
            <button
              type="button"
              class="button"
              onClick={() => {
                undo();
                setUndo(undefined);
              }}
            >
              Undo
            </button>
          </p>
        )}
      </section>

      {CHECKLIST_THEMES.map((theme) => {
        const inTheme = items.filter((item) => item.theme === theme.id);
        if (inTheme.length === 0) return null;
        const themeSummary = summary.themes.find((t) => t.id === theme.id);
        return (
          <section class="theme" aria-labelledby={`theme-${theme.id}`} key={theme.id}>
            <h2 id={`theme-${theme.id}`}>
              {theme.label}{' '}
              <span class="theme-count">
                {themeSummary && themeSummary.answered > 0
                  ? `(${themeSummary.healthy} of ${inTheme.length} healthy)`
                  : `(${inTheme.length} items)`}
              </span>
            </h2>
            {inTheme.map((item) => (
              <ChecklistItemField key={item.id} item={item} entry={data.answers[item.id]} links={links} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
