/**
 * One answer's count, typed by the facilitator: digits only; up and down arrows add or take one; left and right
 * arrows move to the neighbouring answer; Enter moves to the next statement (Shift+Enter, the previous one).
 */
import { countFromText, stepCount } from '../../lib/room/counts';
import type { VoteOption } from '../../lib/room/vote-options';

interface Props {
  id: string;
  option: VoteOption;
  count: number;
  onCount: (count: number) => void;
  onEnter: (back: boolean) => void;
}

/** Moves focus to the count field beside this one, if there is one. */
function moveFocus(from: HTMLInputElement, step: 1 | -1): void {
  const fields = [...(from.closest('[data-counts]')?.querySelectorAll<HTMLInputElement>('input') ?? [])];
  fields[fields.indexOf(from) + step]?.focus();
}

/** A letter, a sign or a space: never part of a count (shortcuts such as Ctrl+V still work). */
const isNonDigit = (event: KeyboardEvent) =>
  event.key.length === 1 && !/\d/.test(event.key) && !event.ctrlKey && !event.metaKey;

export default function CountField({ id, option, count, onCount, onEnter }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    const field = event.currentTarget as HTMLInputElement;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') onCount(stepCount(count, event.key));
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight')
      moveFocus(field, event.key === 'ArrowRight' ? 1 : -1);
    else if (event.key === 'Enter') onEnter(event.shiftKey);
    else if (!isNonDigit(event)) return;
    event.preventDefault();
  };
  return (
    <div class="count">
      <label for={id}>
        <span class="count-mark" aria-hidden="true">
          {option.mark}
        </span>
        <span class="count-label">{option.label}</span>
        <span class="count-gesture">{option.gesture}</span>
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={2}
        value={String(count)}
        onKeyDown={onKeyDown}
        onFocus={(event) => (event.currentTarget as HTMLInputElement).select()}
        onInput={(event) => {
          const field = event.currentTarget as HTMLInputElement;
          const next = countFromText(field.value);
          field.value = field.value === '' ? '' : String(next);
          onCount(next);
        }}
        onBlur={(event) => ((event.currentTarget as HTMLInputElement).value = String(count))}
      />
    </div>
  );
}
