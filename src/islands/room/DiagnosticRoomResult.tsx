/** The diagnostic room's verdict: the dominant constraint and what to do, where the room split, the trap check. */
import ConstraintActions from '../diagnostic/ConstraintActions';
import type { ConstraintId } from '../../lib/constraints';
import {
  scoreChange,
  summarizeDiagnosticRoom,
  type DiagnosticRoomResult as Result,
} from '../../lib/room/diagnostic-room';
import { DIAGNOSTIC_VOTES } from '../../lib/room/vote-options';
import type { RoomSession } from '../../lib/tools/room-data';
import ProfileStrip from '../pictures/ProfileStrip';
import RoomTrapCheck from './RoomTrapCheck';
import SplitList from './SplitList';
import type { DiagnosticRoomContent } from './types';
import ScrollBox from '../ScrollBox';
import { inRankingOrder, leadOver } from '../../lib/diagnostic/lead';

interface Props {
  content: DiagnosticRoomContent;
  session: RoomSession;
  previous: RoomSession | undefined;
}

const summarize = (content: DiagnosticRoomContent, session: RoomSession): Result =>
  summarizeDiagnosticRoom({
    questions: content.questions,
    counts: session.counts,
    teamSize: session.teamSize,
    trapChecks: content.trapChecks.map((c) => c.id),
    trapCounts: session.trap,
    questionSetVersion: session.version,
  });

export default function DiagnosticRoomResult({ content, session, previous }: Props) {
  const result = summarize(content, session);
  const before = previous ? summarize(content, previous) : undefined;
  const info = (id: ConstraintId | undefined) => content.constraints.find((c) => c.id === id);
  const nameOf = (id: ConstraintId) => info(id)?.name ?? id;
  const textOf = (id: string) => content.questions.find((q) => q.id === id)?.text ?? id;
  const dominant = info(result.dominant);
  const runnerUp = result.ranking[1];
  const changes = before
    ? (Object.fromEntries(
        result.rows.map((row) => {
          const then = before.scores[row.id];
          return [row.id, row.score !== null && then !== null ? row.score - then : null];
        }),
      ) as Record<ConstraintId, number | null>)
    : undefined;

  return (
    <>
      {dominant ? (
        <div class="verdict">
          <p class="dominant">
            Dominant constraint for the room: <strong data-dominant={dominant.id}>{dominant.name}</strong>
            {runnerUp && result.margin !== undefined && <>, {leadOver(result.margin, nameOf(runnerUp.id))}</>}
          </p>
          <p>
            Smallest useful disequilibrium: <em>{dominant.smallestDisequilibrium}</em>
          </p>
          <ConstraintActions info={dominant} deciding={result.deciding} />
        </div>
      ) : (
        <p>No constraint has a score: no statement has a vote other than “not sure”.</p>
      )}
      {result.lowConfidence && (
        <div class="notice warning" data-low-confidence>
          <p>
            <strong>Low confidence.</strong> {result.confidenceNotes.join(' ')} Treat the ranking as a prompt for the
            conversation, not a verdict.
          </p>
        </div>
      )}
      <SplitList
        entries={result.mostSplit.map((s) => ({
          id: s.id,
          text: textOf(s.id),
          counts: s.counts,
          split: `Two people were ${Math.round(s.split!)} points apart on average.`,
        }))}
        options={DIAGNOSTIC_VOTES}
      />
      <RoomTrapCheck checks={content.trapChecks} result={result} info={info} />
      <ProfileStrip
        scores={result.scores}
        dominant={result.dominant}
        ranking={result.ranking}
        nameOf={nameOf}
        changes={changes}
        since="the last session"
      />
      <ScrollBox label="The room’s scores, highest first">
        <table class="room-table" data-room-table>
          <caption>The room’s scores, highest first</caption>
          <thead>
            <tr>
              <th scope="col">Constraint</th>
              <th scope="col">Room score</th>
              <th scope="col">Median vote</th>
              <th scope="col">Split</th>
              {before && <th scope="col">Since last session</th>}
            </tr>
          </thead>
          <tbody>
            {inRankingOrder(result.rows, result.ranking).map((row) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">{nameOf(row.id)}</th>
                <td>{row.score ?? '–'}</td>
                <td>{row.median ?? '–'}</td>
                <td>{row.split ?? '–'}</td>
                {before && <td>{scoreChange(row.score, before.scores[row.id])}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p class="hint">
        Room score: the average of every vote on a constraint’s four statements (0 to 100, as in a single run). Median
        vote: the middle vote. Split: how far apart two people’s votes were on average, in points.
      </p>
    </>
  );
}
