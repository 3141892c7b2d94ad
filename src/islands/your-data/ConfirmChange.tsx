/** The change waiting for confirmation on "Your data": what an import would replace, or what a deletion removes. */
import { cancelPending, type PendingChange } from '../../stores/your-data';
import { confirmPending } from '../../stores/your-data-actions';

export default function ConfirmChange({ pending }: { pending: PendingChange }) {
  return (
    <div class="notice confirm" data-confirm={pending.kind}>
      {pending.kind === 'import' && (
        <>
          <p>
            This file was exported on{' '}
            {new Date(pending.exportedAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}.
            Importing it will:
          </p>
          <ul>
            {pending.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </>
      )}
      {pending.kind === 'delete' && <p>Delete all saved {pending.label} data from this browser?</p>}
      {pending.kind === 'delete-all' && (
        <p>Delete everything this site stored in this browser, including your theme choice? This cannot be undone.</p>
      )}
      <p>
        <button type="button" class="button" onClick={() => void confirmPending()}>
          {pending.kind === 'import' ? 'Import and replace' : 'Yes, delete'}
        </button>{' '}
        <button type="button" class="button" onClick={cancelPending}>
          Cancel
        </button>
      </p>
    </div>
  );
}
