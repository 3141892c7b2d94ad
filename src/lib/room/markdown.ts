/**
 * A room session as Markdown for the retro notes: what the room concluded, then the counts it voted, in tables that
 * read well in any Markdown viewer. Pasting the Markdown back into the room page opens the session again: the
 * reader takes the counts from the tables (by row number) and the team size, set and date from the list at the top.
 */
import type { Question } from '../diagnostic/answers';
import type { ChecklistItem } from '../checklist';
import { validateRoomSession, ROOM_OPTIONS, TRAP_OPTIONS, type RoomSession } from '../tools/room-data';
import { noCounts, totalOf, type Counts } from './counts';
import { percentOf, shareChange, summarizeChecklistRoom } from './checklist-room';
import { scoreChange, summarizeDiagnosticRoom } from './diagnostic-room';
import { layoutForVersion, layoutsIn, type DecodedRoomShare, type RoomLayouts } from './share';
import { CHECKLIST_VOTES, DIAGNOSTIC_VOTES, TRAP_VOTES } from './vote-options';

/** What the Markdown names: the statements or items, the trap checks and the constraints. */
export interface RoomContent {
  questions: readonly Question[];
  trapChecks: readonly { id: string; symptom: string }[];
  items: readonly ChecklistItem[];
  nameOf: (constraintId: string) => string;
}

const TITLES = { diagnostic: 'Diagnostic room session', checklist: 'Health checklist room session' } as const;
const SET_LABELS = { diagnostic: 'Question set', checklist: 'Checklist edition' } as const;
const VOTES_HEADING = '## Votes';
const TRAP_HEADING = '## Coordination Trap check';

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
    `- Team: ${session.teamSize} people`,
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
        (runnerUp ? `, ${result.margin} points ahead of ${content.nameOf(runnerUp.id)}.` : '.'),
    );
  } else lines.push('No constraint has a score: no statement has a vote other than “not sure”.');
  if (result.lowConfidence) lines.push('', `Low confidence. ${result.confidenceNotes.join(' ')}`);
  lines.push(
    '',
    table(
      ['Constraint', 'Room score', 'Median vote', 'Split (points)', ...(before ? ['Since last session'] : [])],
      [...result.rows]
        .sort((a, b) => (b.score ?? -1) - (a.score ?? -1))
        .map((r) => {
          const change = scoreChange(r.score, before?.scores[r.id] ?? null);
          return [
            content.nameOf(r.id),
            orDash(r.score),
            orDash(r.median),
            orDash(r.split),
            ...(before ? [change] : []),
          ];
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
  const result = summarizeChecklistRoom(content.items, session.counts);
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

/** The cells of a Markdown table row, with escaped pipes kept inside their cell. */
function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** Reads a session back from its Markdown, against the layouts this page knows. Never throws. */
export function parseRoomMarkdown(markdown: string, layouts: RoomLayouts): DecodedRoomShare {
  const own = layoutsIn(layouts)[0]!;
  const fail = (error: string): DecodedRoomShare => ({ ok: false, error });
  if (typeof markdown !== 'string' || markdown.length > 100_000)
    return fail('This text is too long to be a room session.');
  const lines = markdown.split(/\r?\n/);
  const title = lines
    .find((l) => l.startsWith('# '))
    ?.slice(2)
    .trim();
  const kind = title === TITLES.diagnostic ? 'diagnostic' : title === TITLES.checklist ? 'checklist' : undefined;
  if (!kind)
    return fail(
      'This is not a room session’s Markdown: its first heading should read “Diagnostic room session” or “Health checklist room session”.',
    );
  if (kind !== own.kind)
    return fail(
      `This is a ${kind === 'diagnostic' ? 'diagnostic' : 'health checklist'} room session: open it on that room’s page.`,
    );
  const field = (name: string) =>
    lines
      .find((l) => l.startsWith(`- ${name}: `))
      ?.slice(name.length + 4)
      .trim();
  const date = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC$/.exec(field('Date') ?? '');
  const team = /^(\d{1,2}) people$/.exec(field('Team') ?? '');
  const version = Number(field(SET_LABELS[kind]));
  if (!date || !team) return fail('The list at the top of the Markdown is missing its date or team size.');
  const found = layoutForVersion(layouts, version);
  if (!found.ok)
    return fail(
      found.error ||
        `The list at the top of the Markdown says ${SET_LABELS[kind].toLowerCase()} “${field(SET_LABELS[kind]) ?? ''}”, which is not a number.`,
    );
  const { layout } = found;

  const tables: Record<string, string[][]> = {};
  let section = '';
  for (const line of lines) {
    if (line.startsWith('## ')) section = line.trim();
    else if (/^\|\s*\d+\s*\|/.test(line)) (tables[section] ??= []).push(cellsOf(line));
  }
  const read = (heading: string, ids: readonly string[], options: number) => {
    const counts: Record<string, number[]> = {};
    for (const cells of tables[heading] ?? []) {
      const id = ids[Number(cells[0]) - 1];
      const values = cells.slice(-(options + 1), -1);
      if (!id || values.length !== options || !values.every((v) => /^\d{1,2}$/.test(v))) return undefined;
      counts[id] = values.map(Number);
    }
    return counts;
  };
  const counts = read(VOTES_HEADING, layout.ids, ROOM_OPTIONS[kind]);
  const trap = read(TRAP_HEADING, layout.trapIds, TRAP_OPTIONS);
  if (!counts || !trap) return fail('A row of the counts tables can’t be read: each count must be a whole number.');
  if (Object.keys(counts).length === 0) return fail('The Markdown has no table of votes.');
  const at = `${date[1]}T${date[2]}:00.000Z`;
  const session = validateRoomSession({
    id: `room-notes-${Date.parse(at).toString(36)}`,
    kind,
    version,
    teamSize: Number(team[1]),
    counts,
    trap,
    position: layout.ids.length + layout.trapIds.length,
    timer: null,
    startedAt: at,
    updatedAt: at,
    finishedAt: at,
  });
  return session ? { ok: true, session } : fail('The counts or the team size in this Markdown are out of range.');
}
