/**
 * A room session as Markdown for the retro notes: what the room concluded, then the counts it voted, in tables that
 * read well in any Markdown viewer. Pasting the Markdown back into the room page opens the session again
 * (markdown-read.ts).
 */
import type { Question } from '../diagnostic/answers';
import type { ChecklistItem } from '../checklist';
import { ROOM_OPTIONS, TRAP_OPTIONS, type RoomSession } from '../tools/room-data';
import { noCounts, totalOf, type Counts } from './counts';
import { offCountText } from './off-count';
import { percentOf, shareChange, summarizeChecklistRoom } from './checklist-room';
import { scoreChange, summarizeDiagnosticRoom } from './diagnostic-room';
import { inRankingOrder, leadOver } from '../diagnostic/lead';
import { CHECKLIST_VOTES, DIAGNOSTIC_VOTES, TRAP_VOTES } from './vote-options';

/** What the Markdown names: the statements or items, the trap checks and the constraints. */
export interface RoomContent {
  questions: readonly Question[];
  trapChecks: readonly { id: string; symptom: string }[];
  items: readonly ChecklistItem[];
  nameOf: (constraintId: string) => string;
}

/** The words the Markdown is read back by (markdown-read.ts): its title, the set's label and the tables' headings. */
export const MARKDOWN_HEADINGS = {
  title: { diagnostic: 'Diagnostic room session', checklist: 'Health checklist room session' },
  setLabel: { diagnostic: 'Question set', checklist: 'Checklist edition' },
  votes: 'Votes',
  trap: 'Coordination Trap check',
} as const;
const TITLES = MARKDOWN_HEADINGS.title;
const SET_LABELS = MARKDOWN_HEADINGS.setLabel;
const VOTES_HEADING = `## ${MARKDOWN_HEADINGS.votes}`;
const TRAP_HEADING = `## ${MARKDOWN_HEADINGS.trap}`;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const row = (cells: readonly (string | number)[]) => `| ${cells.map((c) => cell(String(c))).join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [row(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(row)].join('\n');
const orDash = (value: number | null) => (value === null ? '–' : String(value));
/** "2026-11-26 18:30 UTC": readable in notes, and exact to the minute when read back. */
const stamp = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function countRows(
  ids: readonly string[],
  texts: readonly string[],
  counts: Readonly<Record<string, Counts>>,
  options: number,
) {
  return ids.map((id, index) => {
    const own = counts[id] ?? noCounts(options);
    return [index + 1, texts[index]!, ...own, totalOf(own)];
  });
}

/** The session as Markdown; `previous` adds a "since last session" column. */
export function roomMarkdown(session: RoomSession, content: RoomContent, previous?: RoomSession): string {
  const ids = session.kind === 'diagnostic' ? content.questions.map((q) => q.id) : content.items.map((i) => i.id);
  const head = [
    `# ${TITLES[session.kind]}`,
    '',
    `- Date: ${stamp(session.finishedAt ?? session.updatedAt)}`,
    `- Team: ${session.teamSize} ${session.teamSize === 1 ? 'person' : 'people'}`,
    `- ${SET_LABELS[session.kind]}: ${session.version}`,
    `- Counted: ${ids.filter((id) => totalOf(session.counts[id] ?? []) > 0).length} of ${ids.length} ${session.kind === 'diagnostic' ? 'statements' : 'items'}`,
    '',
    '## Result',
    '',
  ];
  return [
    ...head,
    ...(session.kind === 'diagnostic'
      ? diagnosticBody(session, content, previous)
      : checklistBody(session, content, previous)),
    '',
  ].join('\n');
}

function diagnosticBody(session: RoomSession, content: RoomContent, previous?: RoomSession): string[] {
  const input = (s: RoomSession) => ({
    questions: content.questions,
    counts: s.counts,
    teamSize: s.teamSize,
    trapChecks: content.trapChecks.map((c) => c.id),
    trapCounts: s.trap,
    questionSetVersion: s.version,
  });
  const result = summarizeDiagnosticRoom(input(session));
  const before = previous ? summarizeDiagnosticRoom(input(previous)) : undefined;
  const text = (id: string) => content.questions.find((q) => q.id === id)?.text ?? id;
  const lines: string[] = [];
  if (result.dominant) {
    const runnerUp = result.ranking[1];
    lines.push(
      `**Dominant constraint: ${content.nameOf(result.dominant)}**` +
        (runnerUp && result.margin !== undefined ? `, ${leadOver(result.margin, content.nameOf(runnerUp.id))}.` : '.'),
    );
  } else lines.push('No constraint has a score: no statement has a vote other than “not sure”.');
  if (result.lowConfidence) lines.push('', `Low confidence. ${result.confidenceNotes.join(' ')}`);
  lines.push(
    '',
    table(
      ['Constraint', 'Room score', 'Median vote', 'Split (points)', ...(before ? ['Since last session'] : [])],
      inRankingOrder(result.rows, result.ranking).map((r) => {
        const change = scoreChange(r.score, before?.scores[r.id] ?? null);
        return [content.nameOf(r.id), orDash(r.score), orDash(r.median), orDash(r.split), ...(before ? [change] : [])];
      }),
    ),
  );
  if (result.mostSplit.length > 0) {
    lines.push('', '## Talk about first: where the room split', '');
    result.mostSplit.forEach((s, i) =>
      lines.push(`${i + 1}. “${text(s.id)}” (two people were ${Math.round(s.split!)} points apart on average)`),
    );
  }
  if (content.trapChecks.length > 0) {
    lines.push(
      '',
      TRAP_HEADING,
      '',
      table(
        ['#', 'Symptom', ...TRAP_VOTES.map((v) => v.label), 'Counted'],
        countRows(
          content.trapChecks.map((c) => c.id),
          content.trapChecks.map((c) => c.symptom),
          session.trap,
          TRAP_OPTIONS,
        ),
      ),
    );
  }
  lines.push(
    '',
    VOTES_HEADING,
    '',
    table(
      ['#', 'Statement', ...DIAGNOSTIC_VOTES.map((v) => v.label), 'Counted'],
      countRows(
        content.questions.map((q) => q.id),
        content.questions.map((q) => q.text),
        session.counts,
        ROOM_OPTIONS.diagnostic,
      ),
    ),
  );
  return lines;
}

function checklistBody(session: RoomSession, content: RoomContent, previous?: RoomSession): string[] {
  const result = summarizeChecklistRoom(content.items, session.counts, session.teamSize);
  const before = previous ? summarizeChecklistRoom(content.items, previous.counts) : undefined;
  const text = (id: string) => content.items.find((i) => i.id === id)?.text ?? id;
  const lines: string[] = [
    result.weakest
      ? `**Weakest theme: ${result.weakest.label}** (${result.weakest.yes} of ${result.weakest.votes} votes yes).`
      : result.votes === 0
        ? 'No votes counted yet.'
        : 'No weak theme: every vote was yes.',
    '',
    table(
      ['Theme', 'Yes votes', 'Votes', 'Yes share', ...(before ? ['Since last session'] : [])],
      result.themes.map((t) => {
        const change = shareChange(t.health, before?.themes.find((b) => b.id === t.id)?.health ?? null);
        return [t.label, t.yes, t.votes, percentOf(t.health), ...(before ? [change] : [])];
      }),
    ),
  ];
  if (result.offCount > 0) lines.push('', offCountText(result.offCount, ['item', 'items'], session.teamSize));
  if (result.mostSplit.length > 0) {
    lines.push('', '## Talk about first: where the room split', '');
    result.mostSplit.forEach((item, i) =>
      lines.push(`${i + 1}. “${text(item.id)}” (${percentOf(item.split)} of pairs answered differently)`),
    );
  }
  lines.push(
    '',
    VOTES_HEADING,
    '',
    table(
      ['#', 'Item', ...CHECKLIST_VOTES.map((v) => v.label), 'Counted'],
      countRows(
        content.items.map((i) => i.id),
        content.items.map((i) => i.text),
        session.counts,
        ROOM_OPTIONS.checklist,
      ),
    ),
  );
  return lines;
}
