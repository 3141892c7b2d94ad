import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE_VIEWPORT } from '../../bench/lib/page-weight';
import { seedReturningUser } from '../../bench/lib/returning-user';
import { canRunBrowser, islandsHydrated, useBrowserSession } from '../support/browser-session';

const session = useBrowserSession();

/** A returning user's tool page on a phone, where the parts below the chain or questions start out of view. */
async function openOnPhone(path: string): Promise<{ page: Page; fetched: string[] }> {
  const context = await session.browser.newContext({ viewport: PHONE_VIEWPORT });
  await seedReturningUser(context);
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(new URL(path.slice(1), session.baseUrl).href);
  await islandsHydrated(page);
  await page.waitForLoadState('networkidle');
  return { page, fetched };
}

const cases = [
  { tool: 'diagnostic', path: '/tools/diagnostic/', part: '[data-history]', chunk: /-History\./ },
  { tool: 'canvas', path: '/tools/impact-chain-canvas/', part: 'section.decisions', chunk: /-DecisionLog\./ },
];

describe.skipIf(!canRunBrowser)('parts of a tool below the fold load when needed, not with the page', () => {
  it.each(cases)(
    'the $tool loads its $part when it scrolls into view, with no input',
    async ({ path, part, chunk }) => {
      const { page, fetched } = await openOnPhone(path);
      expect(await page.locator(part).count()).toBe(0);
      expect(fetched.filter((url) => chunk.test(url))).toEqual([]);
      // A script scroll sends no input event: only the part coming into view can load it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.locator(part).first().waitFor();
      expect(fetched.filter((url) => chunk.test(url))).toHaveLength(1);
      await page.context().close();
    },
  );

  it.each(cases)('the $tool loads its $part at the first key press, before any scrolling', async ({ path, part }) => {
    const { page } = await openOnPhone(path);
    expect(await page.locator(part).count()).toBe(0);
    await page.keyboard.press('Tab');
    await page.locator(part).first().waitFor({ state: 'attached' });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.context().close();
  });
});
