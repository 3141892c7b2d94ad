/**
 * The notices themselves: saving is not working, or saved data could not be read (with the original to download).
 * Loaded by SavedDataNotice only when there is something to say.
 */
import type { StorageHealth } from '../lib/storage/safe-engine';
import { dismissUnreadable, type UnreadableCopy } from '../stores/saved-data';
import { downloadText } from './download';

interface Props {
  health: StorageHealth;
  copies: readonly UnreadableCopy[];
  /** Tool names by id, for the notice text. */
  labels: Record<string, string>;
  yourDataHref: string;
}

const HEALTH_TEXT: Record<Exclude<StorageHealth, 'ok'>, string> = {
  unavailable:
    'Changes are not being saved: this browser does not let the site store data (a private window or a blocked setting). Your work stays while this tab is open; export it to keep a copy.',
  full: 'Changes are not being saved: this browser’s storage for the site is full. The last saved copy is kept as it was. Delete data you no longer need, or export a copy.',
};

export default function SavedDataNotices({ health, copies, labels, yourDataHref }: Props) {
  return (
    <>
      {health !== 'ok' && (
        <p class="notice warning" data-storage-health={health}>
          {HEALTH_TEXT[health]} <a href={yourDataHref}>Your data</a>
        </p>
      )}
      {copies.map((copy) => (
        <div class="notice warning" data-unreadable={copy.key} key={copy.key}>
          <p>
            Some saved data for the {labels[copy.toolId] ?? copy.toolId} could not be read, so the tool started empty.
            The original is kept in this browser, unchanged. Dismissing deletes the kept copy.
          </p>
          <p class="actions">
            <button
              type="button"
              class="button"
              onClick={() =>
                downloadText(`${copy.toolId}-unreadable-${copy.at.slice(0, 10)}.txt`, copy.raw, 'text/plain')
              }
            >
              Download the unreadable data
            </button>{' '}
            <button type="button" class="button" onClick={() => dismissUnreadable(copy.key)}>
              Dismiss
            </button>
          </p>
        </div>
      ))}
    </>
  );
}
