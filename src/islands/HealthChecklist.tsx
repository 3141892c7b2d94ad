/** The Alignment Health Checklist: answer each item, see the summary, print, reset with undo. */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { CHECKLIST_THEMES, isHealthy, summarizeChecklist, summaryLine, type ChecklistItem } from '../lib/checklist';
import type { ChecklistAnswer, ChecklistData } from '../lib/tools/health-checklist-data';
import { $checklist, answerItem, resetChecklist } from '../stores/checklist';
import SavedDataNotice from './SavedDataNotice';

interface Props {
  items: ChecklistItem[];
  /** Site-root-relative hrefs with the base already applied. */
  links: { constraint: Record<string, string>; guardrail: Record<string, string>; yourData: string };
  labels: Record<string, string>;
}

const EMPTY: ChecklistData = { answers: {} };
const CHOICES: { value: ChecklistAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-yet', label: 'Not yet' },
];

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
          <button type="button" class="button" onClick={() => setUndo(() => resetChecklist())} disabled={summary.answered === 0}>
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
            {inTheme.map((item) => {
              const entry = data.answers[item.id];
              return (
                <fieldset class="item" key={item.id} id={`item-${item.id}`}>
                  <legend>{item.text}</legend>
                  <div class="choices">
                    {CHOICES.map((choice) => (
                      <label key={choice.value}>
                        <input
                          type="radio"
                          name={item.id}
                          value={choice.value}
                          checked={entry?.answer === choice.value}
                          onChange={() => answerItem(item.id, choice.value)}
                        />{' '}
                        {choice.label}
                      </label>
                    ))}
                  </div>
                  {entry && !isHealthy(entry.answer) && (
                    <p class="item-links">
                      Look at:{' '}
                      {item.constraints.map((c, i) => (
                        <>
                          {i > 0 && ', '}
                          <a href={links.constraint[c.id]}>{c.name}</a>
                        </>
                      ))}
                      {' · '}
                      {item.guardrails.map((g, i) => (
                        <>
                          {i > 0 && ', '}
                          <a href={links.guardrail[g.id]}>{g.name}</a>
                        </>
                      ))}
                    </p>
                  )}
                  {entry?.changedAt && (
                    <p class="changed">Answered {new Date(entry.changedAt).toLocaleDateString('en-GB', { dateStyle: 'medium' })}</p>
                  )}
                </fieldset>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
