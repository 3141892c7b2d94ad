/**
 * Tells the user when saving is not working, and offers back any saved data that could not be read. The live region
 * is always there, so what appears in it is announced; the notices' code loads only when there is something to say.
 */
import { useStore } from '@nanostores/preact';
import type { StorageHealth } from '../lib/storage/safe-engine';
import { $storageHealth, $unreadable, type UnreadableCopy } from '../stores/saved-data';
import { useLazyComponent } from './lazy';

interface Props {
  /** Show only this tool's unreadable copies (all of them when absent). */
  toolId?: string;
  /** Tool names by id, for the notice text. */
  labels: Record<string, string>;
  yourDataHref: string;
}

const NO_COPIES: UnreadableCopy[] = [];

export default function SavedDataNotice({ toolId, labels, yourDataHref }: Props) {
  const health = useStore($storageHealth, { ssr: () => 'ok' as StorageHealth });
  const copies = useStore($unreadable, { ssr: () => NO_COPIES }).filter((copy) => !toolId || copy.toolId === toolId);
  const needed = health !== 'ok' || copies.length > 0;
  const Notices = useLazyComponent(() => import('./SavedDataNotices'), needed);
  return (
    <div class="saved-data-notices" role="status">
      {needed && Notices && <Notices health={health} copies={copies} labels={labels} yourDataHref={yourDataHref} />}
    </div>
  );
}
