/** A statement's votes in words, e.g. "3 strongly disagree, 3 strongly agree". */
import type { Counts } from '../../lib/room/counts';
import type { VoteOption } from '../../lib/room/vote-options';

export default function VoteSpread({ counts, options }: { counts: Counts; options: readonly VoteOption[] }) {
  const parts = options.flatMap((option, i) =>
    (counts[i] ?? 0) > 0 ? [`${counts[i]} ${option.label.toLowerCase()}`] : [],
  );
  return <span class="vote-spread">Votes: {parts.join(', ')}.</span>;
}
