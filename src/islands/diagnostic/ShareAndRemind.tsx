/** Share a result by link (scores only unless answers are opted in), and download a calendar reminder. */
import { useState } from 'preact/hooks';
import { encodeShare } from '../../lib/diagnostic/share';
import type { Verdict } from '../../lib/diagnostic/verdict';
import type { DiagnosticRun } from '../../lib/tools/diagnostic-data';
import { buildReminderIcs, daysAfter, isCalendarDate } from '../../lib/ics';
import { downloadText } from '../download';

interface Props {
  run: DiagnosticRun;
  verdict: Verdict;
}

export default function ShareAndRemind({ run, verdict }: Props) {
  const { scores, answers, trap, tieBreak, questionSetVersion, finishedAt } = run;
  const [withAnswers, setWithAnswers] = useState(false);
  const [copied, setCopied] = useState('');
  const [date, setDate] = useState(() => daysAfter(new Date(), 42));
  const page = location.href.split('#')[0];
  const shared = verdict.dominant
    ? { verdict: { dominant: verdict.dominant, lowConfidence: verdict.lowConfidence, byTieBreak: verdict.byTieBreak } }
    : {};
  const withThem = withAnswers ? { answers, ...(trap ? { trap } : {}), ...(tieBreak ? { tieBreak } : {}) } : {};
  const link = `${page}#${encodeShare({ questionSetVersion, scores, finishedAt, ...shared, ...withThem })}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Share link copied.');
    } catch {
      setCopied('Copy failed: select the link above and copy it.');
    }
  };

  const remind = () => {
    if (!isCalendarDate(date)) return;
    const ics = buildReminderIcs({
      date,
      title: 'Re-run the alignment diagnostic',
      description: `Re-run the constraint-map diagnostic and compare with the run of ${finishedAt.slice(0, 10)}: ${page}`,
      url: page ?? '',
      uid: `diagnostic-${date}@ticket-factory-field-guide`,
      now: new Date(),
    });
    downloadText(`rerun-alignment-diagnostic-${date}.ics`, ics, 'text/calendar');
  };

  return (
    <div class="share no-print">
      <h3>Share this result</h3>
      <p>
        The link carries the result inside it; opening it shows the result read-only. Nothing is uploaded. Add it to the
        team view below to compare with colleagues.
      </p>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={withAnswers}
          onChange={(e) => setWithAnswers((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Include my answers (the link then shows each answer)
      </label>
      <p class="tool-actions">
        <label for="share-link" class="visually-hidden">
          Share link
        </label>
        <input id="share-link" class="share-link" type="text" readOnly value={link} data-share-link />
        <button type="button" class="button" onClick={copy}>
          Copy share link
        </button>
      </p>
      <p role="status">{copied}</p>
      <h3>Remind me to run it again</h3>
      <p class="tool-actions">
        <label for="remind-date">Date</label>
        <input
          id="remind-date"
          type="date"
          value={date}
          onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="button" class="button" onClick={remind} disabled={!isCalendarDate(date)}>
          Download calendar event (.ics)
        </button>
      </p>
    </div>
  );
}
