/** Where the room split most, widest first: each statement with how wide the split was and the votes in words. */
import type { Counts } from '../../lib/room/counts';
import type { VoteOption } from '../../lib/room/vote-options';

interface Props {
  entries: readonly { id: string; text: string; counts: Counts; split: string }[];
  options: readonly VoteOption[];
}

export default function SplitList({ entries, options }: Props) {
  if (entries.length === 0) return null;
  return (
    <>
      <h3>Talk about these first: where the room split</h3>
      <ol class="room-split" data-most-split>
        {entries.map((entry) => (
          <li key={entry.id}>
            “{entry.text}” <span class="hint">{entry.split}</span>
            <span class="vote-spread">
              Votes:{' '}
              {options
                .flatMap((option, i) =>
                  (entry.counts[i] ?? 0) > 0 ? [`${entry.counts[i]} ${option.label.toLowerCase()}`] : [],
                )
                .join(', ')}
              .
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
