import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { browserAvailable, sharedChromium } from './chromium';
import { DIST, requireDist } from './dist';
import { serveStatic, type ServeOptions, type StaticServer } from '../../bench/lib/static-server';

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
   * A page with nothing saved, as on a first visit, recording console errors, CSP violations and requests that leave
   * the site. The service worker is blocked unless `options` allow it (`serviceWorkers: 'allow'`). With no option
   * but a theme or a viewport, it is the file's shared page, emptied (see `useBrowserSession`).
   */
  open(
    path: string,
    options?: BrowserContextOptions,
  ): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }>;
  /** Like `open`, always in a context of its own: for a test that changes it for good (an init script, a clock). */
  openAlone(
    path: string,
    options?: BrowserContextOptions,
  ): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }>;
  /** Like `open`, with localStorage holding `items` before any of the site's scripts run (a returning visitor). */
  openWith(
    path: string,
    items: Record<string, string>,
  ): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }>;
}

/** Whether this machine can run the browser tests (see `browserAvailable`); evaluated once per run. */
export const canRunBrowser = browserAvailable();

/** What `open` can set on the shared page without a context of its own. */
const REUSABLE_OPTIONS = new Set(['colorScheme', 'viewport']);
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * Gets the run's Chromium (`sharedChromium`) and starts a static server before the file's tests; after them, closes
 * every context the file opened and stops the server.
 *
 * A test that asks for nothing a context must be made with (only a theme or a viewport, or nothing) gets the file's
 * shared page, emptied of what the last test left: other tabs closed, cookies, permissions, localStorage and
 * sessionStorage cleared (the site keeps nothing else), theme, viewport and mouse set back. A new context costs a new
 * renderer process, twice the CPU of the page load itself. The static server sends no cache headers (unless the file
 * asks, `cacheAssets`), so the shared page fetches everything again as a first visit would. A context of a test's own is closed when the test ends. So
 * the tests of a file run one at a time; a file that runs tests side by side borrows tabs (`useTabs`, tab-pool.ts).
 */
export function useBrowserSession(serving: ServeOptions = {}): BrowserSession {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  /** Contexts of their own opened by the running test, closed when it ends so no page of it lingers. */
  let contexts: BrowserContext[] = [];
  let shared: { context: BrowserContext; page: Page; watchdog: Watchdog } | undefined;

  beforeAll(async () => {
    if (!canRunBrowser) return;
    requireDist();
    server = await serveStatic(DIST, '/', serving);
    browser = await sharedChromium();
  });
  const closeContexts = async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    contexts = [];
  };
  afterEach(closeContexts);
  afterAll(async () => {
    await closeContexts();
    // The browser outlives the file (sharedChromium); every context the file opened, its own tests' included, does not.
    // Every context of the browser is this file's: files run one at a time (fileParallelism: false).
    await Promise.all((browser?.contexts() ?? []).map((context) => context.close().catch(() => undefined)));
    await server?.close();
  });

  const url = (path: string) => new URL(path.replace(/^\//, ''), server!.url).href;

  /**
   * The shared page, emptied and set to `options`, loading `path` with localStorage holding `items` and nothing else.
   * The storage is set by a script that runs before any of the page's own, for that one load: cheaper than loading a
   * page of the site first to reach its storage.
   */
  async function sharedPage(options: BrowserContextOptions, path: string, items: Record<string, string> = {}) {
    if (!shared || shared.page.isClosed()) {
      const context = await session.browser.newContext({ serviceWorkers: 'block' });
      context.on('close', () => (shared = undefined));
      const page = await context.newPage();
      shared = { context, page, watchdog: watchPage(page, new URL(session.baseUrl).origin) };
    }
    const { context, page, watchdog } = shared;
    await Promise.all([
      ...context
        .pages()
        .filter((other) => other !== page)
        .map((other) => other.close()),
      context.clearCookies(),
      context.clearPermissions(),
      page.emulateMedia({ colorScheme: options.colorScheme ?? 'light', media: null, reducedMotion: null }),
      page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT),
      // Where a new page has it: a wheel turned over a box that scrolls on its own would not scroll the page.
      page.mouse.move(0, 0),
    ]);
    // A link to the same page with another fragment would not load the page again: leave it first.
    if (page.url().split('#')[0] === url(path).split('#')[0]) await page.goto('about:blank');
    const problems = watchdog.reset();
    const seed = await page.addInitScript((entries) => {
      localStorage.clear();
      // The tab's visit starts again too: the last test's pages are not this one's first (src/lib/offline-intent.ts).
      sessionStorage.clear();
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, items);
    await page.goto(url(path));
    await seed.dispose();
    return { page, context, problems };
  }

  const session: BrowserSession = {
    get browser() {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
    get baseUrl() {
      if (!server) throw new Error('server not started');
      return server.url;
    },
    open(path, options = {}) {
      const reusable = Object.keys(options).every((key) => REUSABLE_OPTIONS.has(key));
      return hydrated(options, reusable ? sharedPage(options, path) : freshPage(options, path));
    },
    openAlone(path, options = {}) {
      return hydrated(options, freshPage(options, path));
    },
    openWith(path, items) {
      return hydrated({}, sharedPage({}, path, items));
    },
  };

  async function hydrated(options: BrowserContextOptions, opening: ReturnType<typeof freshPage>) {
    const opened = await opening;
    if (options.javaScriptEnabled !== false) await islandsHydrated(opened.page);
    return opened;
  }

  /** A page in a context of its own, loading `path`. */
  async function freshPage(options: BrowserContextOptions, path: string) {
    // The service worker would precache the tools and the essay (0.3 MB over the network) wherever a test opens a
    // second page or uses a tool; only the offline tests need it, and they ask for it. Without it a page loads as on a
    // first visit, from the network.
    const context = await session.browser.newContext({ serviceWorkers: 'block', ...options });
    contexts.push(context);
    const page = await context.newPage();
    const problems = watchPage(page, new URL(session.baseUrl).origin).reset();
    await page.goto(url(path));
    return { page, context, problems };
  }

  return session;
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

/** Records a page's problems; `reset` starts a new record, for the next test on the same page. */
export interface Watchdog {
  reset(): PageProblems;
}

export function watchPage(page: Page, origin: string): Watchdog {
  let problems: PageProblems = { consoleErrors: [], cspViolations: [], foreignRequests: [] };
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
  return {
    reset() {
      problems = { consoleErrors: [], cspViolations: [], foreignRequests: [] };
      return problems;
    },
  };
}
