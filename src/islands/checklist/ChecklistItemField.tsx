/** One checklist item: its statement, the three answers, where to look when the answer is not healthy, and when. */
import { isHealthy, type ChecklistItem } from '../../lib/checklist';
import type { ChecklistAnswer, ChecklistEntry } from '../../lib/tools/health-checklist-data';
import { answerItem } from '../../stores/checklist';

/** Site-root-relative hrefs with the base already applied, by constraint and guardrail id. */
export interface ChecklistLinks {
  constraint: Record<string, string>;
  guardrail: Record<string, string>;
}

const CHOICES: { value: ChecklistAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-yet', label: 'Not yet' },
];

interface Props {
  item: ChecklistItem;
  entry: ChecklistEntry | undefined;
  links: ChecklistLinks;
}

export default function ChecklistItemField({ item, entry, links }: Props) {
  return (
    <fieldset class="item" id={`item-${item.id}`}>
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
        <p class="changed">Answered {new Date(entry.changedAt).toLocaleDateString('en-US', { dateStyle: 'medium' })}</p>
      )}
    </fieldset>
  );
}
