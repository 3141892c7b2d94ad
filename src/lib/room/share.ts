/**
 * Room share links: the session's counts travel in the URL fragment (`#room=<base64url JSON>`, never sent to a
 * server), in the order of the statements, with the question set or checklist edition they were voted on, the team
 * size and the date. Counts only: nothing anyone said in the room. Reading never throws.
 */
import { decodeFragment, encodeFragment } from '../fragment';
import { ROOM_OPTIONS, TRAP_OPTIONS, validateRoomSession, type RoomKind, type RoomSession } from '../tools/room-data';
import { noCounts } from './counts';

export const ROOM_SHARE_KEY = 'room';
const ROOM_SHARE_FORMAT = 1;
const MAX_ROOM_SHARE_LENGTH = 8000;

/** What a room votes on, in order: the ids a link's counts follow. */
export interface RoomLayout {
  kind: RoomKind;
  version: number;
  ids: readonly string[];
  /** The Coordination Trap checks (diagnostic rooms). */
  trapIds: readonly string[];
}

/** Every layout a page can read: its own, and the older question sets or editions whose sessions it still opens. */
export type RoomLayouts = RoomLayout | readonly RoomLayout[];

/** The layouts as a list, the page's own first. */
export const layoutsIn = (layouts: RoomLayouts): readonly RoomLayout[] =>
  'kind' in layouts ? [layouts as RoomLayout] : (layouts as readonly RoomLayout[]);

const SET_WORD: Record<RoomKind, string> = { diagnostic: 'question set', checklist: 'checklist edition' };

/**
 * The layout a session voted on `version` follows, or the sentence that says why this page cannot read it. The
 * first layout given is the page's own (the current set or edition).
 */
export function layoutForVersion(
  layouts: RoomLayouts,
  version: unknown,
): { ok: true; layout: RoomLayout } | { ok: false; error: string } {
  const all = layoutsIn(layouts);
  const own = all[0]!;
  const layout = all.find((l) => l.version === version);
  if (layout) return { ok: true, layout };
  const word = SET_WORD[own.kind];
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, error: '' };
  return {
    ok: false,
    error:
      version > own.version
        ? `This session was voted on ${word} ${version}, newer than this page’s ${own.version}. Reload the page to update, then open it again.`
        : `This session was voted on ${word} ${version}; this page has ${all.map((l) => l.version).join(' and ')}.`,
  };
}

const KIND_CODES: Record<RoomKind, string> = { diagnostic: 'd', checklist: 'c' };

/** The fragment (without '#') for a finished session, following the layout's order. */
export function encodeRoomShare(session: RoomSession, layout: RoomLayout): string {
  const payload = {
    f: ROOM_SHARE_FORMAT,
    k: KIND_CODES[session.kind],
    q: session.version,
    n: session.teamSize,
    c: layout.ids.map((id) => session.counts[id] ?? noCounts(ROOM_OPTIONS[layout.kind])),
    x: layout.trapIds.map((id) => session.trap[id] ?? noCounts(TRAP_OPTIONS)),
    t: session.finishedAt ?? session.updatedAt,
  };
  return encodeFragment(ROOM_SHARE_KEY, payload);
}

export type DecodedRoomShare = { ok: true; session: RoomSession } | { ok: false; error: string };

const UNREADABLE = 'This room link can’t be read: it may have been cut short or changed. Ask for the link again.';

/**
 * Reads a room link (a whole URL, a fragment or `room=…`) against the layouts this page knows. A link for the other
 * kind of room, or for a question set or edition the page does not know, is named as such rather than misread.
 */
export function decodeRoomShare(input: string, layouts: RoomLayouts): DecodedRoomShare {
  const fail = (error = UNREADABLE): DecodedRoomShare => ({ ok: false, error });
  const { kind } = layoutsIn(layouts)[0]!;
  const decoded = decodeFragment(input, ROOM_SHARE_KEY, MAX_ROOM_SHARE_LENGTH);
  if (!decoded.ok) return decoded.reason === 'absent' ? fail('This is not a room session link.') : fail();
  const payload = decoded.value;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return fail();
  const { f, k, q, n, c, x, t } = payload as Record<string, unknown>;
  if (f !== ROOM_SHARE_FORMAT) {
    return typeof f === 'number' && f > ROOM_SHARE_FORMAT
      ? fail('This link was made by a newer version of the room mode. Reload the page to update, then open it again.')
      : fail();
  }
  if (k !== KIND_CODES[kind]) {
    return k === 'd' || k === 'c'
      ? fail(
          `This link is a ${k === 'd' ? 'diagnostic' : 'health checklist'} room session: open it on that room’s page.`,
        )
      : fail();
  }
  const found = layoutForVersion(layouts, q);
  if (!found.ok) return fail(found.error || UNREADABLE);
  const { layout } = found;
  if (!Array.isArray(c) || c.length !== layout.ids.length || !Array.isArray(x) || x.length !== layout.trapIds.length)
    return fail();
  const byId = (ids: readonly string[], values: unknown[]) => Object.fromEntries(ids.map((id, i) => [id, values[i]]));
  const session = validateRoomSession({
    id: `room-link-${typeof t === 'string' ? Date.parse(t).toString(36) : 'x'}`,
    kind: layout.kind,
    version: q,
    teamSize: n,
    counts: byId(layout.ids, c),
    trap: byId(layout.trapIds, x),
    position: layout.ids.length + layout.trapIds.length,
    timer: null,
    startedAt: t,
    updatedAt: t,
    finishedAt: t,
  });
  return session ? { ok: true, session } : fail();
}
