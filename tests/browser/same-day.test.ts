import { describe, expect, it } from 'vitest';
import { encodeRoomShare } from '../../src/lib/room/share';
import type { RoomSession } from '../../src/lib/tools/room-data';
import { canRunBrowser, useBrowserSession } from '../support/browser-session';
import { diagnosticStorage, runOf } from '../support/diagnostic-runs';
import { currentQuestionSet } from '../support/question-sets';

/**
 * Two runs, or two room sessions, on the same day: every line, heading, caption and button that names them must still
 * tell them apart. And a session opened from a link says it is shared and read-only, and gives its date once.
 */
const session = useBrowserSession();
const set = currentQuestionSet();
const TRAP = ['everyone-agrees', 'evidence-unused', 'back-to-baseline'];
// Near noon UTC: the same day in the browser's time zone, whichever it is.
const MORNING = '2026-12-06T11:50:00.000Z';
const EVENING = '2026-12-06T12:20:00.000Z';

const roomSession = (id: string, finishedAt: string): RoomSession => ({
  id,
  kind: 'diagnostic',
  version: set.version,
  teamSize: 6,
  counts: Object.fromEntries(set.statements.map((q, i) => [q.id, [0, 1, 2, 2, 1, i % 2]])),
  trap: Object.fromEntries(TRAP.map((t) => [t, [2, 4]])),
  position: 0,
  timer: null,
  startedAt: finishedAt,
  updatedAt: finishedAt,
  finishedAt,
});

describe.skipIf(!canRunBrowser)('the same day, told apart', () => {
  it('two runs on one day: distinct history lines, button names, trend caption and table headings', async () => {
    const runs = [runOf('run-morning', MORNING, 'social-stasis'), runOf('run-evening', EVENING, 'temporal-myopia')];
    const { page } = await session.openWith('/tools/diagnostic/', diagnosticStorage(runs));
    await page.locator('.deferred').first().scrollIntoViewIfNeeded();
    await page.locator('[data-history] li').first().waitFor();
    const lines = await page.locator('[data-history] li').allTextContents();
    expect(new Set(lines).size).toBe(2);
    for (const name of ['View', 'Delete']) {
      const names = await page
        .locator('[data-history] button', { hasText: name })
        .evaluateAll((buttons) => buttons.map((b) => b.textContent));
      expect(names).toHaveLength(2);
      expect(new Set(names).size).toBe(2);
    }
    const caption = await page.locator('#trend-caption').textContent();
    const span = /from (.+) to (.+), oldest on the left/.exec(caption ?? '');
    expect(span?.[1]).not.toBe(span?.[2]);
    const headings = await page.locator('[data-picture="trend"] thead th').allTextContents();
    expect(new Set(headings.slice(1)).size).toBe(2);
  });

  it('two room sessions on one day: the comparison and the history give their times', async () => {
    const room = {
      v: 1,
      data: { current: {}, sessions: [roomSession('room-morning', MORNING), roomSession('room-evening', EVENING)] },
    };
    const { page } = await session.openWith('/tools/diagnostic/room/', { 'tfi:room': JSON.stringify(room) });
    // The history loads when it scrolls into view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('[data-room-history] li').first().waitFor();
    for (const name of ['Open', 'Delete']) {
      const names = await page
        .locator('[data-room-history] button', { hasText: name })
        .evaluateAll((buttons) => buttons.map((b) => b.textContent));
      expect(new Set(names).size).toBe(2);
    }
    await page.locator('[data-room-history] button', { hasText: 'Open' }).first().click();
    const meta = await page.locator('[data-room-meta]').textContent();
    // Compared with the morning session, named with its time, since both are on December 6.
    expect(meta).toMatch(/compared with the session of December 6, 2026 at \d{1,2}:\d{2}\s?[AP]M/);
    // The profile's caption names what its changes are measured from as the table beside it does.
    expect(await page.locator('[data-picture="profile"] figcaption').textContent()).toContain(
      'with the change since the last session',
    );
    expect(await page.locator('[data-room-table] thead').textContent()).toContain('Since last session');
  });

  it('a session opened from a link says it is shared and read-only, and gives its date once', async () => {
    const layout = {
      kind: 'diagnostic' as const,
      version: set.version,
      ids: set.statements.map((q) => q.id),
      trapIds: TRAP,
    };
    const { page } = await session.open(
      `/tools/diagnostic/room/#${encodeRoomShare(roomSession('room-x', EVENING), layout)}`,
    );
    await page.locator('[data-room-result]').waitFor();
    expect(await page.locator('[data-shared-session]').textContent()).toMatch(/^Shared with you: read-only/);
    const heading = await page.locator('#room-result-title').textContent();
    const meta = await page.locator('[data-room-meta]').textContent();
    expect(heading).toContain('December 6, 2026');
    expect(meta).not.toContain('December 6, 2026');
  });
});
