import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { watchPage, type BrowserSession, type Watchdog } from './browser-session';

/** A browser tab of a pool, with the watchdog that records its problems. */
export interface Tab {
  page: Page;
  watchdog: Watchdog;
}

/**
 * `count` tabs, each in a context of its own made ready by `prepare`, lent to tests that run side by side: a test
 * borrows one, loads page after page in it, and gives it back, instead of paying for a new context (a renderer
 * process, more CPU than loading the page) each time. Whoever borrows a tab sets what it needs (theme, viewport).
 */
export function useTabs(
  session: BrowserSession,
  count: number,
  prepare?: (context: BrowserContext) => Promise<unknown>,
) {
  const idle: Tab[] = [];
  const waiting: ((tab: Tab) => void)[] = [];
  const all: Tab[] = [];

  beforeAll(async () => {
    for (let i = 0; i < count; i += 1) {
      const context = await session.browser.newContext({ serviceWorkers: 'block' });
      await prepare?.(context);
      const page = await context.newPage();
      all.push({ page, watchdog: watchPage(page, new URL(session.baseUrl).origin) });
    }
    idle.push(...all);
  });
  afterAll(() => Promise.all(all.map(({ page }) => page.context().close())));

  const giveBack = (tab: Tab) => {
    const next = waiting.shift();
    if (next) next(tab);
    else idle.push(tab);
  };

  return {
    /** Runs `use` with a tab of its own for as long as it runs. */
    async borrow<T>(use: (tab: Tab) => Promise<T>): Promise<T> {
      const tab = idle.pop() ?? (await new Promise<Tab>((resolve) => waiting.push(resolve)));
      try {
        return await use(tab);
      } finally {
        giveBack(tab);
      }
    },
  };
}
