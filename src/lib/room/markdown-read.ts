/**
 * Reads a room session back from the Markdown `roomMarkdown` wrote, for the retro notes. The Markdown is parsed as
 * GitHub-flavored Markdown (marked's lexer), so tables are found the way any Markdown viewer finds them, and every
 * column is found by its header. What opens must be what was exported: a table with a missing, extra, duplicated or
 * malformed row or cell, or a "Counted" cell that is not the sum of its row, is refused with a sentence naming the
 * table, the row and the fault, rather than read as some other session. Text outside the list at the top and the
 * count tables (the result, the notes someone added) is not read: the result is always worked out again.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { validateRoomSession, type RoomKind } from '../tools/room-data';
import { COUNT_DIGITS } from './counts';
import { MARKDOWN_HEADINGS } from './markdown';
import { layoutForVersion, layoutsIn, type DecodedRoomShare, type RoomLayouts } from './share';
import { CHECKLIST_VOTES, DIAGNOSTIC_VOTES, TRAP_VOTES } from './vote-options';

type Fail = { ok: false; error: string };
const fail = (error: string): Fail => ({ ok: false, error });

/** FNV-1a, as a short base-36 text: enough to tell apart two sessions of the same minute. */
function digest(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}

const AGAIN = 'Copy the whole Markdown again from the notes, or export it again from the room.';

/** The cells a table row's line holds, split at pipes that are not escaped: to see cells GFM would drop. */
function cellCount(line: string): number {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).length;
}

interface CountTable {
  /** The heading the table stands under, as the reader names it: "the Votes table". */
  name: string;
  labels: readonly string[];
  /** The header of the column of texts: "Statement", "Item" or "Symptom". */
  textHeader: string;
  ids: readonly string[];
}

/** One count table's rows as counts by id, or the sentence that says what is wrong with it. */
function readCountTable(
  table: Tokens.Table | undefined,
  { name, labels, textHeader, ids }: CountTable,
  lastTable: Tokens.Table | undefined,
): { ok: true; counts: Record<string, number[]> } | Fail {
  if (!table) return fail(`The Markdown has no ${name}: it may have been cut short. ${AGAIN}`);
  const expected = ['#', textHeader, ...labels, 'Counted'];
  const headers = table.header.map((cell) => cell.text.trim());
  if (headers.length !== expected.length || headers.some((h, i) => h !== expected[i]))
    return fail(`The ${name}’s header should read “${expected.join(' | ')}”; it reads “${headers.join(' | ')}”.`);
  const lines = table.raw.replace(/\n+$/, '').split('\n').slice(2);
  const counts: Record<string, number[]> = {};
  const maxCount = 10 ** COUNT_DIGITS - 1;
  for (const [index, cells] of table.rows.entries()) {
    const at = `The ${name}, row ${index + 1}`;
    // The last row of the Markdown's last table, ending without its closing pipe, is where a cut Markdown ends.
    const line = lines[index] ?? '';
    const cut = index === table.rows.length - 1 && index < ids.length && table === lastTable && !/\|\s*$/.test(line);
    const written = cellCount(line);
    if (written !== expected.length)
      return fail(
        cut && written < expected.length
          ? `The Markdown ends inside the ${name}, in row ${index + 1}: it was cut short. ${AGAIN}`
          : index >= ids.length
            ? `The ${name} has a line after its last row: “${line.trim().slice(0, 40)}”. Leave a blank line between the table and any notes under it.`
            : `${at} has ${written} cells; it should have ${expected.length}. Text was added to it or cut from it.`,
      );
    const number = cells[0]!.text.trim();
    if (number !== String(index + 1))
      return fail(
        Number(number) >= 1 && Number(number) <= index
          ? `${at} repeats row ${number}: a row was copied twice or moved.`
          : `${at} is numbered “${number}”: a row is missing or out of order.`,
      );
    const values = cells.slice(2).map((cell) => cell.text.trim());
    // Each count is at most what a count field holds; "Counted" is their sum.
    const bad = values.findIndex((v, i) => !/^\d+$/.test(v) || (i < labels.length && Number(v) > maxCount));
    if (bad >= 0)
      return fail(
        `${at}: “${values[bad]}” under “${expected[bad + 2]}” is not a count (a whole number from 0 to ${maxCount}).`,
      );
    const numbers = values.map(Number);
    const total = numbers.pop()!;
    const sum = numbers.reduce((a, b) => a + b, 0);
    if (sum !== total)
      return fail(
        cut
          ? `The Markdown ends inside the ${name}, in row ${index + 1}: it was cut short. ${AGAIN}`
          : `${at}: its counts add up to ${sum}, but its “Counted” cell says ${total}. It was changed by hand.`,
      );
    counts[ids[index] ?? ''] = numbers;
  }
  if (table.rows.length !== ids.length)
    return fail(
      table.rows.length < ids.length
        ? `The ${name} has ${table.rows.length} rows; it should have ${ids.length}. Rows ${table.rows.length + 1} to ${ids.length} are missing: the Markdown may have been cut short. ${AGAIN}`
        : `The ${name} has ${table.rows.length} rows; it should have ${ids.length}. Rows were added to it.`,
    );
  return { ok: true, counts };
}

const TITLES: Record<string, RoomKind> = {
  [MARKDOWN_HEADINGS.title.diagnostic]: 'diagnostic',
  [MARKDOWN_HEADINGS.title.checklist]: 'checklist',
};

/** Reads a session back from its Markdown, against the layouts this page knows. Never throws. */
export function readRoomMarkdown(markdown: string, layouts: RoomLayouts): DecodedRoomShare {
  const own = layoutsIn(layouts)[0]!;
  if (typeof markdown !== 'string' || markdown.length > 100_000)
    return fail('This text is too long to be a room session.');
  let tokens: Token[];
  try {
    tokens = Lexer.lex(markdown, { gfm: true });
  } catch {
    return fail('This text can’t be read as Markdown.');
  }
  const blocks = tokens.filter((t) => t.type !== 'space');
  const title = blocks.find((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 1);
  const kind = title ? TITLES[title.text.trim()] : undefined;
  if (!kind)
    return fail(
      `This is not a room session’s Markdown: its first heading should read “${MARKDOWN_HEADINGS.title.diagnostic}” or “${MARKDOWN_HEADINGS.title.checklist}”.`,
    );
  if (kind !== own.kind)
    return fail(
      `This is a ${kind === 'diagnostic' ? 'diagnostic' : 'health checklist'} room session: open it on that room’s page.`,
    );

  // The list right under the title: date, team size, set.
  const list = blocks[blocks.indexOf(title!) + 1];
  const fields = new Map<string, string>();
  if (list?.type === 'list') {
    for (const item of (list as Tokens.List).items) {
      const match = /^([^:]+): (.*)$/.exec(item.text.trim());
      if (match && !fields.has(match[1]!)) fields.set(match[1]!, match[2]!.trim());
    }
  }
  const setLabel = MARKDOWN_HEADINGS.setLabel[kind];
  const date = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC$/.exec(fields.get('Date') ?? '');
  const team = /^(\d{1,2}) (?:people|person)$/.exec(fields.get('Team') ?? '');
  const versionText = fields.get(setLabel) ?? '';
  if (!date) return fail('The list under the title has no date written “YYYY-MM-DD HH:MM UTC”.');
  if (!team) return fail('The list under the title has no team size written “N people”.');
  if (!/^\d{1,4}$/.test(versionText))
    return fail(`The list under the title says ${setLabel.toLowerCase()} “${versionText}”, which is not a number.`);
  const version = Number(versionText);
  const found = layoutForVersion(layouts, version);
  if (!found.ok) return fail(found.error);
  const { layout } = found;

  /** The first table under a level-2 heading, before the next heading. */
  const tableUnder = (heading: string): Tokens.Table | undefined => {
    const start = blocks.findIndex(
      (t) => t.type === 'heading' && (t as Tokens.Heading).depth === 2 && t.text.trim() === heading,
    );
    if (start < 0) return undefined;
    for (const block of blocks.slice(start + 1)) {
      if (block.type === 'heading') return undefined;
      if (block.type === 'table') return block as Tokens.Table;
    }
    return undefined;
  };
  const lastTable = blocks.findLast((t): t is Tokens.Table => t.type === 'table');
  const votes = readCountTable(
    tableUnder(MARKDOWN_HEADINGS.votes),
    {
      name: 'Votes table',
      labels: (kind === 'diagnostic' ? DIAGNOSTIC_VOTES : CHECKLIST_VOTES).map((v) => v.label),
      textHeader: kind === 'diagnostic' ? 'Statement' : 'Item',
      ids: layout.ids,
    },
    lastTable,
  );
  if (!votes.ok) return votes;
  let trap: Record<string, number[]> = {};
  if (layout.trapIds.length > 0) {
    const read = readCountTable(
      tableUnder(MARKDOWN_HEADINGS.trap),
      {
        name: 'Coordination Trap table',
        labels: TRAP_VOTES.map((v) => v.label),
        textHeader: 'Symptom',
        ids: layout.trapIds,
      },
      lastTable,
    );
    if (!read.ok) return read;
    trap = read.counts;
  }
  const at = `${date[1]}T${date[2]}:00.000Z`;
  const session = validateRoomSession({
    // Two sessions exported in the same minute are still two sessions: the id carries what they counted.
    id: `room-notes-${kind}-${Date.parse(at).toString(36)}-${digest(JSON.stringify([team[1], version, votes.counts, trap]))}`,
    kind,
    version,
    teamSize: Number(team[1]),
    counts: votes.counts,
    trap,
    position: layout.ids.length + layout.trapIds.length,
    timer: null,
    startedAt: at,
    updatedAt: at,
    finishedAt: at,
  });
  return session
    ? { ok: true, session }
    : fail(`The date or the team size in the list under the title is out of range (a team is 1 to 60 people).`);
}
