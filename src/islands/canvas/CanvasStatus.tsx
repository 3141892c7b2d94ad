/** What the canvas page last did, announced politely: a deletion with its undo, or a message. */
interface Props {
  /** The name of the canvas just deleted, while it can still be brought back. */
  undo: string | undefined;
  onUndo: () => void;
  message: string;
}

export default function CanvasStatus({ undo, onUndo, message }: Props) {
  return (
    <div aria-live="polite">
      {undo !== undefined && (
        <p class="notice" data-undo>
          Deleted “{undo}”.{' '}
          <button type="button" class="button" onClick={onUndo}>
            Undo
          </button>
        </p>
      )}
      {message && (
        <p class="notice" data-canvas-message>
          {message}
        </p>
      )}
    </div>
  );
}
