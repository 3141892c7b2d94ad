/**
 * One answer's count, typed by the facilitator: digits only; up and down arrows add or take one; left and right
 * arrows move to the neighboring answer; Enter moves to the next statement (Shift+Enter, the previous one).
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

/** A letter, a sign or a space: never part of a count (shortcuts such as Ctrl+V still work). */
const isNonDigit = (event: KeyboardEvent) =>
  event.key.length === 1 && !/\d/.test(event.key) && !event.ctrlKey && !event.metaKey;

/**
 * The keys every count field takes: up and down arrows step the count; letters and signs are kept out. A step acts
 * on the field's own text, and writes its result there at once: keys pressed faster than the page redraws (a digit
 * then an arrow, key repeat) each act on the value the one before left.
 * @returns whether the key was handled
 */
export function countKey(event: KeyboardEvent, onCount: (count: number) => void): boolean {
  const field = event.currentTarget as HTMLInputElement;
  if (event.key === 'ArrowUp' || event.key === 'ArrowDown')
    onCount(Number((field.value = String(stepCount(countFromText(field.value), event.key)))));
  else if (!isNonDigit(event)) return false;
  event.preventDefault();
  return true;
}

/** Moves focus to the count field beside this one, if there is one. */
function moveFocus(from: HTMLInputElement, step: 1 | -1): void {
  const fields = [...(from.closest('[data-counts]')?.querySelectorAll('input') ?? [])];
  fields[fields.indexOf(from) + step]?.focus();
}

export default function CountField({ id, option, count, onCount, onEnter }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (countKey(event, onCount)) return;
    const field = event.currentTarget as HTMLInputElement;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') moveFocus(field, event.key === 'ArrowRight' ? 1 : -1);
    else if (event.key === 'Enter') onEnter(event.shiftKey);
    else return;
    event.preventDefault();
  };
  return (
    <div class="count">
      <label for={id}>
        {option.mark !== option.label && (
          <span class="count-mark" aria-hidden="true">
            {option.mark}
          </span>
        )}
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
        onFocus={(event) => event.currentTarget.select()}
        onInput={(event) => {
          const field = event.currentTarget;
          const next = countFromText(field.value);
          if (field.value !== '') field.value = String(next);
          onCount(next);
        }}
        onBlur={(event) => (event.currentTarget.value = String(count))}
      />
    </div>
  );
}
