/**
 * The "Your data" page's state: what waits for confirmation and what the page last said, with the actions that only
 * ask. The island renders `$yourData`; what reads, writes or builds files is in ./your-data-actions, loaded on use.
 */
import { atom } from 'nanostores';
import type { ImportedTool } from '../lib/storage/transfer';

/** A change that waits for the person to confirm it. */
export type PendingChange =
  | { kind: 'import'; tools: ImportedTool[]; exportedAt: string; changes: string[] }
  | { kind: 'delete'; toolId: string; label: string }
  | { kind: 'delete-all' };

export interface YourDataState {
  pending?: PendingChange;
  /** What the last action did. */
  message: string;
  /** Why the last import was refused; nothing was changed. */
  error: string;
}

export const $yourData = atom<YourDataState>({ message: '', error: '' });

/** Every tool's store and codec; they load after first paint, and an action that comes first waits for them. */
export const loadRegistry = () => import('./tools');

/** Asks to confirm deleting one tool's data. */
export function askToDelete(toolId: string, label: string): void {
  $yourData.set({ message: '', error: '', pending: { kind: 'delete', toolId, label } });
}

/** Asks to confirm deleting everything this site stored. */
export function askToDeleteAll(): void {
  $yourData.set({ message: '', error: '', pending: { kind: 'delete-all' } });
}

/** Forgets the change that was waiting; nothing is written. */
export function cancelPending(): void {
  const { message, error } = $yourData.get();
  $yourData.set({ message, error });
}
