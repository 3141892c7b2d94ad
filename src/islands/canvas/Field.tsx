/** A labelled text field with a visible character counter tied to it for screen readers. */
interface Props {
  id: string;
  label: string;
  value: string;
  max: number;
  multiline?: boolean;
  type?: 'text' | 'date';
  hint?: string;
  onInput: (value: string) => void;
}

export default function Field({ id, label, value, max, multiline = false, type = 'text', hint, onInput }: Props) {
  const length = [...value].length;
  const describedBy = type === 'date' ? (hint ? `${id}-hint` : undefined) : `${id}-count${hint ? ` ${id}-hint` : ''}`;
  const handle = (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <span class="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea id={id} value={value} maxLength={max} rows={3} onInput={handle} aria-describedby={describedBy} />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          maxLength={type === 'date' ? undefined : max}
          onInput={handle}
          aria-describedby={describedBy}
        />
      )}
      {type !== 'date' && (
        <span class={`counter${length >= max ? ' full' : ''}`} id={`${id}-count`}>
          {length} of {max} characters
        </span>
      )}
    </div>
  );
}
