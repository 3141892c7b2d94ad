import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { browserAvailable, launchChromium } from './chromium';
import { DIST, requireDist } from './dist';
import { serveStatic, type StaticServer } from '../../bench/lib/static-server';

/** What a page did that a clean page must not do. */
export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

/** A browser and the built site on 127.0.0.1, shared by one test file. */
export interface BrowserSession {
  readonly browser: Browser;
  readonly baseUrl: string;
  /**
   * A page in a fresh context, recording console errors, CSP violations and requests that leave the site. The
   * service worker is blocked unless `options` allow it (`serviceWorkers: 'allow'`).
   */
  open(
    path: string,
    options?: BrowserContextOptions,
  ): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }>;
  /**
   * Like `open`, with localStorage holding `items` before any of the site's scripts run (a returning visitor), and
   * `prepare` run on the context before the page loads.
   */
  openWith(
    path: string,
    items: Record<string, string>,
    prepare?: (context: BrowserContext) => Promise<void>,
  ): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }>;
}

/** Whether this machine can run the browser tests (see `browserAvailable`); evaluated once per file. */
export const canRunBrowser = browserAvailable();

/** Starts Chromium and a static server before the file's tests, and stops both after. */
export function useBrowserSession(): BrowserSession {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!canRunBrowser) return;
    requireDist();
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  return {
    get browser() {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
    get baseUrl() {
      if (!server) throw new Error('server not started');
      return server.url;
    },
    async open(path, options = {}) {
      // The service worker precaches the tools and the essay (about 0.8 MB) in every new context; only the offline tests
      // need it, and they ask for it. Without it a page loads as on a first visit, from the network.
      const context = await this.browser.newContext({ serviceWorkers: 'block', ...options });
      contexts.push(context);
      const page = await context.newPage();
      const problems = watch(page, new URL(this.baseUrl).origin);
      await page.goto(new URL(path.replace(/^\//, ''), this.baseUrl).href);
      if (options.javaScriptEnabled !== false) await islandsHydrated(page);
      return { page, context, problems };
    },
    async openWith(path, items, prepare) {
      const opened = await this.open('/robots.txt');
      await opened.page.evaluate((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, items);
      await prepare?.(opened.context);
      await opened.page.goto(new URL(path.replace(/^\//, ''), this.baseUrl).href);
      await islandsHydrated(opened.page);
      return opened;
    },
  };
}

/**
 * Waits until every island on the page has hydrated (`hydrateIsland` removes `data-island-pending` once it has) and the page's
 * scripts, which start after the first paint, have run (`data-scripts-ready`, set by `after-first-paint.js`), so a
 * test acts on the live page as a person would, never on server markup that a script is about to enhance.
 * A page whose island never hydrates, or whose scripts never start, fails here.
 */
export async function islandsHydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.readyState !== 'loading' &&
      !document.querySelector('[data-island-pending]') &&
      // Only the site's pages start scripts after painting; a plain file (robots.txt) has none to wait for.
      (document.contentType !== 'text/html' || document.documentElement.hasAttribute('data-scripts-ready')),
  );
}

function watch(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], cspViolations: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    (/Content.Security.Policy/i.test(text) ? problems.cspViolations : problems.consoleErrors).push(text);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.foreignRequests.push(url);
    }
  });
  return problems;
}
