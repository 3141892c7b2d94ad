/** The checklist room's result: the weakest theme and where to look, where the room split, every theme's health. */
import { percentOf, shareChange, summarizeChecklistRoom } from '../../lib/room/checklist-room';
import { offCountText } from '../../lib/room/off-count';
import { CHECKLIST_VOTES } from '../../lib/room/vote-options';
import type { RoomSession } from '../../lib/tools/room-data';
import SplitList from './SplitList';
import type { ChecklistRoomContent } from './types';
import ScrollBox from '../ScrollBox';

interface Props {
  content: ChecklistRoomContent;
  session: RoomSession;
  previous: RoomSession | undefined;
}

export default function ChecklistRoomResult({ content, session, previous }: Props) {
  const result = summarizeChecklistRoom(content.items, session.counts, session.teamSize);
  const before = previous ? summarizeChecklistRoom(content.items, previous.counts) : undefined;
  const textOf = (id: string) => content.items.find((item) => item.id === id)?.text ?? id;
  const weakest = result.weakest;
  const change = (id: string, now: number | null) =>
    shareChange(now, before?.themes.find((t) => t.id === id)?.health ?? null);
  return (
    <>
      {weakest ? (
        <div class="verdict">
          <p class="dominant">
            Weakest theme for the room: <strong data-weakest={weakest.id}>{weakest.label}</strong>, {weakest.yes} of{' '}
            {weakest.votes} votes yes
          </p>
          {(result.weakestConstraints.length > 0 || result.weakestGuardrails.length > 0) && (
            <p>
              Behind it:{' '}
              {result.weakestConstraints.map((c, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={content.constraintHrefs[c.id]}>{c.name}</a>
                </>
              ))}
              . Guardrails to try:{' '}
              {result.weakestGuardrails.slice(0, 4).map((g, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={content.guardrailHrefs[g.id]}>{g.name}</a>
                </>
              ))}
              .
            </p>
          )}
        </div>
      ) : (
        <p data-weakest="">{result.votes === 0 ? 'No votes counted yet.' : 'No weak theme: every vote was yes.'}</p>
      )}
      {result.offCount > 0 && (
        <p class="notice warning" data-off-count>
          {offCountText(result.offCount, ['item', 'items'], session.teamSize)} Their votes still count; recount them
          next time if you can.
        </p>
      )}
      {result.noVotes > 0 && (
        <p class="notice warning">
          {result.noVotes} of {result.items.length} items have no votes counted; themes are judged on the votes there
          are.
        </p>
      )}
      <SplitList
        entries={result.mostSplit.map((item) => ({
          id: item.id,
          text: textOf(item.id),
          counts: item.counts,
          split: `${percentOf(item.split)} of pairs answered differently.`,
        }))}
        options={CHECKLIST_VOTES}
      />
      <ScrollBox label="Yes votes by theme">
        <table class="room-table" data-room-table>
          <caption>Yes votes by theme</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">Yes votes</th>
              <th scope="col">Votes</th>
              <th scope="col">Yes share</th>
              {before && <th scope="col">Since last session</th>}
            </tr>
          </thead>
          <tbody>
            {result.themes.map((theme) => (
              <tr key={theme.id} data-row={theme.id}>
                <th scope="row">{theme.label}</th>
                <td>{theme.yes}</td>
                <td>{theme.votes}</td>
                <td>{percentOf(theme.health)}</td>
                {before && <td>{change(theme.id, theme.health)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
