import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { returningUserStorage } from '../../bench/lib/returning-user';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CHECKLIST_EDITION } from '../../src/lib/checklist';
import { encodeRoomShare } from '../../src/lib/room/share';
import type { RoomSession } from '../../src/lib/tools/room-data';
import { canRunBrowser, useBrowserSession } from '../support/browser-session';
import { diagnosticStorage, runOf, shareFragment } from '../support/diagnostic-runs';
import { currentQuestionSet } from '../support/question-sets';
import { REFLOW_HEIGHT, REFLOW_WIDTH, sidewaysScroll } from '../support/reflow';

/**
 * The tools' states that no page shows on first load (every page's own load is checked in the page sweep), each at
 * 320 × 640: nothing scrolls sideways, wide tables scroll in their own box.
 */
const session = useBrowserSession();
const set = currentQuestionSet();
const ids = set.statements.map((q) => q.id);
const TRAP = ['everyone-agrees', 'evidence-unused', 'back-to-baseline'];
const itemIds = (
  parse(readFileSync(join(import.meta.dirname, '../../content/checklist/items.yaml'), 'utf8')) as {
    id: string;
    order: number;
  }[]
)
  .sort((a, b) => a.order - b.order)
  .map((item) => item.id);
const narrow = { viewport: { width: REFLOW_WIDTH, height: REFLOW_HEIGHT } };

const at = '2026-12-06T18:30:00.000Z';
const roomSession = (id: string, kind: 'diagnostic' | 'checklist', version: number, counts: Record<string, number[]>) =>
  ({
    id,
    kind,
    version,
    teamSize: 12,
    counts,
    trap: kind === 'diagnostic' ? Object.fromEntries(TRAP.map((t) => [t, [5, 7]])) : {},
    position: 0,
    timer: null,
    startedAt: at,
    updatedAt: at,
    finishedAt: at,
  }) satisfies RoomSession;
const diagnosticCounts = Object.fromEntries(ids.map((id, i) => [id, [1, 2, 3, 3, 2, i % 2]]));

/** Opens every disclosure (a table behind "Show the numbers" must fit too), then measures. */
async function expectFits(page: Page, state: string) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  expect({ state, ...(await sidewaysScroll(page)) }).toEqual({ state, overflow: 0, culprits: [] });
}

describe.skipIf(!canRunBrowser)('every tool state fits a 320 px screen', () => {
  it('the team view with three members', async () => {
    const { page } = await session.open('/tools/diagnostic/', narrow);
    await page.getByRole('button', { name: 'Compare a team’s results' }).click();
    const links = ['social-stasis', 'temporal-myopia', 'incentive-drift'].map(
      (d) => `${new URL(page.url()).origin}/tools/diagnostic/${shareFragment(d, '2026-12-06T09:00:00.000Z')}`,
    );
    await page.getByLabel('Share links').fill(links.join('\n'));
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('[data-team-row]').first().waitFor();
    await expectFits(page, 'team view');
  });

  it('a result with its history and the change since the last run', async () => {
    const runs = [runOf('run-a', '2026-11-20T09:00:00.000Z', 'social-stasis'), runOf('run-b', at, 'temporal-myopia')];
    const { page } = await session.openWith('/tools/diagnostic/', diagnosticStorage(runs));
    await page.setViewportSize(narrow.viewport);
    // The history loads when it scrolls into view.
    await page.locator('.deferred').first().scrollIntoViewIfNeeded();
    await page.locator('.history button', { hasText: 'View' }).first().click();
    await page.locator('th', { hasText: 'Since last run' }).waitFor({ state: 'attached' });
    await expectFits(page, 'result with history');
  });

  it('a shared result with its answers', async () => {
    const { page } = await session.open(
      `/tools/diagnostic/${shareFragment('coordination-friction', '2026-12-06T09:00:00.000Z')}`,
      narrow,
    );
    await page.locator('[data-result]').first().waitFor();
    await expectFits(page, 'shared result');
  });

  for (const kind of ['diagnostic', 'checklist'] as const) {
    const path = kind === 'diagnostic' ? '/tools/diagnostic/room/' : '/tools/health-checklist/room/';
    const counts =
      kind === 'diagnostic' ? diagnosticCounts : Object.fromEntries(itemIds.map((id, i) => [id, [4, 1 + (i % 3), 7]]));
    const version = kind === 'diagnostic' ? set.version : CHECKLIST_EDITION;

    it(`a ${kind} room’s result, compared with the last session`, async () => {
      // At the end of its slides: every statement (and the diagnostic's trap checks) counted.
      const slides = kind === 'diagnostic' ? ids.length + TRAP.length : itemIds.length;
      const running = { ...roomSession('room-now', kind, version, counts), position: slides };
      delete (running as { finishedAt?: string }).finishedAt;
      const room = {
        v: 1,
        data: { current: { [kind]: running }, sessions: [roomSession('room-before', kind, version, counts)] },
      };
      const { page } = await session.openWith(path, { 'tfi:room': JSON.stringify(room) });
      await page.setViewportSize(narrow.viewport);
      await page.locator('[data-room-result]').waitFor();
      await expectFits(page, `${kind} room result`);
    });

    it(`a shared ${kind} room session`, async () => {
      const layout = {
        kind,
        version,
        ids: kind === 'diagnostic' ? ids : itemIds,
        trapIds: kind === 'diagnostic' ? TRAP : [],
      };
      const { page } = await session.open(
        `${path}#${encodeRoomShare(roomSession('room-shared', kind, version, counts), layout)}`,
        narrow,
      );
      await page.locator('[data-room-result]').waitFor();
      await expectFits(page, `shared ${kind} room`);
    });
  }

  it('Your data, with data saved by all four tools', async () => {
    const { page } = await session.openWith('/your-data/', returningUserStorage());
    await page.setViewportSize(narrow.viewport);
    await expect.poll(() => page.locator('.your-data tr[data-tool]').count()).toBe(4);
    await expectFits(page, 'your data');
  });
});
