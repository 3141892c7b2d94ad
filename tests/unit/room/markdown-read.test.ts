import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roomMarkdown } from '../../../src/lib/room/markdown';
import { readRoomMarkdown } from '../../../src/lib/room/markdown-read';
import { newSession, withCount, withFinished, withTrapCount } from '../../../src/lib/room/session';
import { decodeRoomShare, encodeRoomShare } from '../../../src/lib/room/share';
import type { RoomKind, RoomSession } from '../../../src/lib/tools/room-data';
import { content, layouts, set } from '../../support/room-fixtures';

const RUNS = 1000;

const minute = fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }).map((s) => new Date(Math.floor(s / 60) * 60_000));
/** Any finished session the room can make: counts 0–99 (what a count field holds), some statements never counted. */
const arbitrarySession = (kind: RoomKind): fc.Arbitrary<RoomSession> => {
  const layout = layouts[kind];
  const options = kind === 'diagnostic' ? 6 : 3;
  const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 99 }));
  const counts = fc.option(fc.array(count, { minLength: options, maxLength: options }), { nil: undefined });
  return fc
    .record({
      teamSize: fc.integer({ min: 1, max: 60 }),
      at: minute,
      counts: fc.tuple(...layout.ids.map(() => counts)),
      trap: fc.tuple(...layout.trapIds.map(() => fc.array(count, { minLength: 2, maxLength: 2 }))),
    })
    .map(({ teamSize, at, counts: all, trap }) => {
      let session = newSession(kind, layout.version, teamSize, null, at);
      layout.ids.forEach((id, i) =>
        all[i]?.forEach((value, option) => (session = withCount(session, id, option, value, at))),
      );
      layout.trapIds.forEach((id, i) =>
        trap[i]!.forEach((value, option) => (session = withTrapCount(session, id, option, value, at))),
      );
      return withFinished({ current: {}, sessions: [] }, session, at).sessions[0]!;
    });
};

/** What a session says, as the room shows it: its counts (a never-counted statement reads as zeros), team, set, time. */
const meaning = (session: RoomSession, kind: RoomKind) => ({
  kind: session.kind,
  version: session.version,
  teamSize: session.teamSize,
  finishedAt: session.finishedAt,
  counts: Object.fromEntries(
    layouts[kind].ids.map((id) => [id, session.counts[id] ?? Array(kind === 'diagnostic' ? 6 : 3).fill(0)]),
  ),
  trap: Object.fromEntries(layouts[kind].trapIds.map((id) => [id, session.trap[id] ?? [0, 0]])),
});

type Damage =
  | { kind: 'delete'; line: number }
  | { kind: 'duplicate'; line: number }
  | { kind: 'append'; line: number; text: string }
  | { kind: 'insert'; line: number; text: string }
  | { kind: 'cut'; at: number };

const junk = fc.oneof(
  fc.constantFrom(' ', '|', ' |', '| 3', '3', ' 1 |', 'x', '| 0 | 0 |', '\\|', '---', '|---|'),
  fc.string({ maxLength: 8 }),
);
/** Random damage; positions are taken modulo the text's length, so one arbitrary fits any Markdown. */
const arbitraryDamage: fc.Arbitrary<(lines: string[]) => { damage: Damage; text: string }> = fc
  .tuple(fc.constantFrom('delete', 'duplicate', 'append', 'insert', 'cut'), fc.nat({ max: 1_000_000 }), junk)
  .map(([kind, where, text]) => (lines) => {
    const line = where % lines.length;
    const copy = [...lines];
    switch (kind) {
      case 'delete':
        copy.splice(line, 1);
        return { damage: { kind, line }, text: copy.join('\n') };
      case 'duplicate':
        copy.splice(line, 0, lines[line]!);
        return { damage: { kind, line }, text: copy.join('\n') };
      case 'append':
        copy[line] += text;
        return { damage: { kind, line, text }, text: copy.join('\n') };
      case 'insert':
        copy.splice(line, 0, text);
        return { damage: { kind, line, text }, text: copy.join('\n') };
      case 'cut': {
        const whole = lines.join('\n');
        const at = where % (whole.length + 1);
        return { damage: { kind, at }, text: whole.slice(0, at) };
      }
    }
  });

describe('a room session’s Markdown, read back', () => {
  it.each(['diagnostic', 'checklist'] as const)(`opens exactly what a %s room exported (${RUNS} sessions)`, (kind) => {
    fc.assert(
      fc.property(arbitrarySession(kind), (session) => {
        const markdown = roomMarkdown(session, content);
        const decoded = readRoomMarkdown(markdown, layouts[kind]);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(meaning(decoded.session, kind)).toEqual(meaning(session, kind));
        expect(roomMarkdown(decoded.session, content)).toBe(markdown);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(['diagnostic', 'checklist'] as const)(
    `after random damage to a %s room’s Markdown, opens the same session or refuses it (${RUNS} cases)`,
    (kind) => {
      fc.assert(
        fc.property(arbitrarySession(kind), arbitraryDamage, (session, damageOf) => {
          const { text } = damageOf(roomMarkdown(session, content).split('\n'));
          const decoded = readRoomMarkdown(text, layouts[kind]);
          if (decoded.ok) expect(meaning(decoded.session, kind)).toEqual(meaning(session, kind));
          else expect(decoded.error).toMatch(/^[A-Z].*[.”]$/);
        }),
        { numRuns: RUNS },
      );
    },
  );

  const at = new Date('2026-12-06T18:30:00Z');
  let voted = newSession('diagnostic', set.version, 12, null, at);
  set.statements.forEach((q, i) => {
    [0, 0, i % 3, 2, 4, i % 2].forEach((count, option) => (voted = withCount(voted, q.id, option, count, at)));
  });
  voted = withFinished({ current: {}, sessions: [] }, voted, at).sessions[0]!;
  const markdown = roomMarkdown(voted, content);
  const lines = markdown.split('\n');
  const voteRows = lines.filter((line) => /^\| \d+ \| /.test(line)).slice(-set.statements.length);

  it('refuses a session whose last five vote rows were deleted, naming the missing rows', () => {
    const damaged = lines.filter((line) => !voteRows.slice(-5).includes(line)).join('\n');
    expect(readRoomMarkdown(damaged, layouts.diagnostic)).toEqual({
      ok: false,
      error: expect.stringMatching(/^The Votes table has 27 rows; it should have 32\. Rows 28 to 32 are missing/),
    });
  });

  it('refuses text appended to the last row instead of shifting its counts', () => {
    const last = voteRows.at(-1)!;
    const damaged = markdown.replace(last, `${last}0 | 2 | 4 | 0 | 6`);
    expect(readRoomMarkdown(damaged, layouts.diagnostic)).toEqual({
      ok: false,
      error: expect.stringMatching(/^The Votes table, row 32 has 14 cells; it should have 9\./),
    });
  });

  it('says a half-cut Markdown was cut short, not that a count is not a whole number', () => {
    const cut = markdown.slice(0, markdown.indexOf(voteRows[16]!) + 20);
    expect(readRoomMarkdown(cut, layouts.diagnostic)).toEqual({
      ok: false,
      error: expect.stringMatching(/^The Markdown ends inside the Votes table, in row 17: it was cut short\./),
    });
  });

  it('says a note typed right under the last table is a line after it, not a cut', () => {
    expect(readRoomMarkdown(`${markdown.trimEnd()}\nNext steps: ask the platform team`, layouts.diagnostic)).toEqual({
      ok: false,
      error:
        'The Votes table has a line after its last row: “Next steps: ask the platform team”. Leave a blank line between the table and any notes under it.',
    });
    const noted = `${markdown.trimEnd()}\n\nNext steps: ask the platform team\n`;
    expect(readRoomMarkdown(noted, layouts.diagnostic).ok).toBe(true);
  });

  it('names a repeated row, a count that is not a number and a “Counted” cell that does not add up', () => {
    const row3 = voteRows[2]!;
    expect(readRoomMarkdown(markdown.replace(row3, `${voteRows[1]}`), layouts.diagnostic)).toEqual({
      ok: false,
      error: 'The Votes table, row 3 repeats row 2: a row was copied twice or moved.',
    });
    expect(
      readRoomMarkdown(markdown.replace(row3, row3.replace(/\| 2 \| 4 \|/, '| two | 4 |')), layouts.diagnostic),
    ).toEqual({
      ok: false,
      error: 'The Votes table, row 3: “two” under “Agree” is not a count (a whole number from 0 to 99).',
    });
    expect(
      readRoomMarkdown(markdown.replace(row3, row3.replace(/\| 2 \| 4 \|/, '| 3 | 4 |')), layouts.diagnostic),
    ).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^The Votes table, row 3: its counts add up to \d+, but its “Counted” cell says \d+\./,
      ),
    });
  });

  it('calls a damaged room link damaged, and only a link of another kind “not a room session link”', () => {
    const link = `https://example.test/tools/diagnostic/room/#${encodeRoomShare(voted, layouts.diagnostic)}`;
    expect(decodeRoomShare(`${link}…`, layouts.diagnostic)).toEqual({
      ok: false,
      error: expect.stringMatching(/^This room link can’t be read: it may have been cut short or changed/),
    });
    expect(decodeRoomShare(link.replace('room=', 'room=%20'), layouts.diagnostic)).toEqual({
      ok: false,
      error: expect.stringMatching(/can’t be read/),
    });
    expect(decodeRoomShare('https://example.test/#share=abc', layouts.diagnostic)).toEqual({
      ok: false,
      error: 'This is not a room session link.',
    });
  });
});
