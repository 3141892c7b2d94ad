import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roomMarkdown } from '../../../src/lib/room/markdown';
import { readRoomMarkdown } from '../../../src/lib/room/markdown-read';
import { previousSession } from '../../../src/lib/room/history';
import { newSession, withCount, withFinished, withTrapCount } from '../../../src/lib/room/session';
import { decodeRoomShare, encodeRoomShare, type RoomLayout } from '../../../src/lib/room/share';
import { decodeEnvelope, encodeEnvelope } from '../../../src/lib/storage/envelope';
import { roomCodec, type RoomKind, type RoomSession } from '../../../src/lib/tools/room-data';
import { questionSets } from '../../support/question-sets';
import { content, layouts, set } from '../../support/room-fixtures';

const minute = fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }).map((s) => new Date(Math.floor(s / 60) * 60_000));
const arbitraryFinished = (kind: RoomKind): fc.Arbitrary<RoomSession> => {
  const layout = layouts[kind];
  const options = kind === 'diagnostic' ? 6 : 3;
  const counts = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: options, maxLength: options });
  return fc
    .record({
      teamSize: fc.integer({ min: 2, max: 30 }),
      at: minute,
      counts: fc.tuple(...layout.ids.map(() => counts)),
      trap: fc.tuple(
        ...layout.trapIds.map(() => fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 2 })),
      ),
    })
    .map(({ teamSize, at, counts: all, trap }) => {
      let session = newSession(kind, layout.version, teamSize, null, at);
      layout.ids.forEach((id, i) =>
        all[i]!.forEach((count, option) => (session = withCount(session, id, option, count, at))),
      );
      layout.trapIds.forEach((id, i) =>
        trap[i]!.forEach((count, option) => (session = withTrapCount(session, id, option, count, at))),
      );
      return withFinished({ current: {}, sessions: [] }, session, at).sessions[0]!;
    });
};

describe('room sessions', () => {
  it.each(['diagnostic', 'checklist'] as const)(
    'a %s session’s share link opens the same counts, team and date',
    (kind) => {
      fc.assert(
        fc.property(arbitraryFinished(kind), (session) => {
          const decoded = decodeRoomShare(
            `https://example.test/room/#${encodeRoomShare(session, layouts[kind])}`,
            layouts[kind],
          );
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          expect(decoded.session).toMatchObject({
            kind,
            teamSize: session.teamSize,
            version: session.version,
            counts: session.counts,
            trap: session.trap,
            finishedAt: session.finishedAt,
          });
        }),
        { numRuns: 60 },
      );
    },
  );

  it('writes the retro notes with the verdict, the splits, a change column against the last session and the counts', () => {
    const at = new Date('2026-11-26T18:30:00Z');
    const base = newSession('diagnostic', set.version, 6, 60, at);
    const first = set.statements[0]!;
    const voted = withCount(withCount(base, first.id, 0, 3, at), first.id, 4, 3, at);
    const markdown = roomMarkdown({ ...voted, finishedAt: at.toISOString() }, content, {
      ...base,
      finishedAt: '2026-10-01T10:00:00.000Z',
    });
    expect(markdown).toMatch(
      new RegExp(
        `^# Diagnostic room session\n\n- Date: 2026-11-26 18:30 UTC\n- Team: 6 people\n- Question set: ${set.version}\n- Counted: 1 of 32 statements`,
      ),
    );
    expect(markdown).toContain('| Constraint | Room score | Median vote | Split (points) | Since last session |');
    expect(markdown).toContain('## Talk about first: where the room split');
    expect(markdown).toContain(`1. “${first.text}” (two people were 60 points apart on average)`);
    expect(markdown).toContain(`| 1 | ${first.text} | 3 | 0 | 0 | 0 | 3 | 0 | 6 |`);
    expect(markdown).toContain('Low confidence.');
  });

  it('reads a session voted on an older question set with that set’s statements, on a page of the newer set', () => {
    const older = questionSets().find((s) => s.version === set.version - 1)!;
    const olderLayout: RoomLayout = {
      ...layouts.diagnostic,
      version: older.version,
      ids: older.statements.map((q) => q.id),
    };
    const at = new Date('2026-11-30T09:15:00Z');
    let session = newSession('diagnostic', older.version, 6, null, at);
    session = withCount(session, older.statements.at(-1)!.id, 4, 5, at);
    const finished = withFinished({ current: {}, sessions: [] }, session, at).sessions[0]!;
    const pageLayouts = [layouts.diagnostic, olderLayout];
    const link = decodeRoomShare(encodeRoomShare(finished, olderLayout), pageLayouts);
    const notes = readRoomMarkdown(roomMarkdown(finished, { ...content, questions: older.statements }), pageLayouts);
    for (const decoded of [link, notes]) {
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) continue;
      expect(decoded.session.version).toBe(older.version);
      // The counts land on the older set's statements, the last one included.
      expect(Object.keys(decoded.session.counts)).toEqual(olderLayout.ids);
      expect(decoded.session.counts[older.statements.at(-1)!.id]).toEqual([0, 0, 0, 0, 5, 0]);
    }
    // A page that knows only its own set names the fault; a newer set asks for a reload.
    expect(decodeRoomShare(encodeRoomShare(finished, olderLayout), layouts.diagnostic)).toEqual({
      ok: false,
      error: `This session was voted on question set ${older.version}; this page has ${set.version}.`,
    });
    const newer = { ...finished, version: set.version + 1 };
    expect(decodeRoomShare(encodeRoomShare(newer, layouts.diagnostic), pageLayouts)).toEqual({
      ok: false,
      error: `This session was voted on question set ${set.version + 1}, newer than this page’s ${set.version}. Reload the page to update, then open it again.`,
    });
  });

  it('refuses a link whose counts do not line up with the statements of its set, one row too many or too few', () => {
    const at = new Date('2026-11-30T09:15:00Z');
    const finished = withFinished({ current: {}, sessions: [] }, newSession('diagnostic', set.version, 6, null, at), at)
      .sessions[0]!;
    const link = encodeRoomShare(finished, layouts.diagnostic);
    const payload = JSON.parse(Buffer.from(link.slice('room='.length), 'base64url').toString()) as { c: number[][] };
    for (const c of [[...payload.c, [0, 0, 0, 0, 0, 0]], payload.c.slice(1)]) {
      const damaged = `room=${Buffer.from(JSON.stringify({ ...payload, c })).toString('base64url')}`;
      expect(decodeRoomShare(damaged, layouts.diagnostic).ok).toBe(false);
    }
  });

  it('turns away links and Markdown it cannot read, for the other room, or for another set, saying which', () => {
    const at = new Date('2026-11-26T18:30:00Z');
    const session = withFinished({ current: {}, sessions: [] }, newSession('checklist', 2, 5, null, at), at)
      .sessions[0]!;
    const link = encodeRoomShare(session, layouts.checklist);
    expect(decodeRoomShare(link, layouts.diagnostic)).toEqual({
      ok: false,
      error: expect.stringMatching(/health checklist room session: open it on that room’s page/),
    });
    expect(decodeRoomShare(link, { ...layouts.checklist, version: 3 })).toEqual({
      ok: false,
      error: expect.stringMatching(/checklist edition 2; this page has 3/),
    });
    expect(decodeRoomShare(`${link.slice(0, -6)}`, layouts.checklist).ok).toBe(false);
    expect(decodeRoomShare('https://example.test/#share=abc', layouts.checklist)).toEqual({
      ok: false,
      error: 'This is not a room session link.',
    });
    const markdown = roomMarkdown(session, content);
    expect(readRoomMarkdown(markdown, layouts.diagnostic).ok).toBe(false);
    expect(readRoomMarkdown('# Notes\n\nNothing here', layouts.checklist)).toEqual({
      ok: false,
      error: expect.stringMatching(/not a room session’s Markdown/),
    });
    expect(
      readRoomMarkdown(
        markdown.replace(/(\| 1 \| Item one[^\n]*?)\| 0 \| 0 \| 0 \| 0 \|/, '$1| 0 | two | 0 | 0 |'),
        layouts.checklist,
      ).ok,
    ).toBe(false);
    expect(readRoomMarkdown(markdown.replace('- Team: 5 people', '- Team: 500 people'), layouts.checklist).ok).toBe(
      false,
    );
  });

  it('keeps a finished session in the history once, with its first finish time, and compares it with the one before', () => {
    const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9));
    let data = roomCodec.empty();
    const older = newSession('diagnostic', 2, 6, null, day(1));
    data = withFinished(data, older, day(1));
    const checklist = newSession('checklist', 2, 6, null, day(2));
    data = withFinished(data, checklist, day(2));
    const session = newSession('diagnostic', 2, 6, null, day(3));
    data = withFinished(data, session, day(3));
    data = withFinished(data, withCount(session, 'x', 0, 1, day(4)), day(4));
    expect(data.sessions.map((s) => s.id)).toEqual([older.id, checklist.id, session.id]);
    expect(data.sessions[2]).toMatchObject({ finishedAt: day(3).toISOString(), counts: { x: [1, 0, 0, 0, 0, 0] } });
    expect(data.current.diagnostic?.id).toBe(session.id);
    expect(previousSession(data.sessions, data.sessions[2]!)?.id).toBe(older.id);
    expect(previousSession(data.sessions, data.sessions[0]!)).toBeUndefined();
  });

  it('saves and reads back through the envelope, and refuses a session whose counts do not fit its kind', () => {
    const at = new Date('2026-11-26T18:30:00Z');
    const data = withFinished(
      roomCodec.empty(),
      withCount(newSession('checklist', 2, 6, 90, at), 'item-one', 1, 4, at),
      at,
    );
    expect(decodeEnvelope(encodeEnvelope(data, roomCodec), roomCodec)).toEqual({ kind: 'value', value: data });
    const broken = JSON.stringify({
      v: 1,
      data: { ...data, sessions: [{ ...data.sessions[0], counts: { 'item-one': [1, 2] } }] },
    });
    expect(decodeEnvelope(broken, roomCodec)).toEqual({ kind: 'unreadable', reason: 'invalid-data' });
    const wrongTimer = JSON.stringify({
      v: 1,
      data: { current: { checklist: { ...data.current.checklist, timer: 45 } }, sessions: [] },
    });
    expect(decodeEnvelope(wrongTimer, roomCodec)).toEqual({ kind: 'unreadable', reason: 'invalid-data' });
  });
});
