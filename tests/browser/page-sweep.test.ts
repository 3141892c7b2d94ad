import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeInBothThemes, axeViolations, COLOR_RULES } from '../support/axe';
import { canRunBrowser, islandsHydrated, useBrowserSession } from '../support/browser-session';
import { htmlPages, page as builtPage, routeOf } from '../support/dist';
import { coveringSample, elementKinds } from '../support/layout-sample';
import { REFLOW_HEIGHT, REFLOW_WIDTH, sidewaysScroll } from '../support/reflow';
import { useTabs, type Tab } from '../support/tab-pool';
import { typographySlips } from '../support/typography';

/**
 * One sweep over every page, in both themes, on one load per page. The page loads in the light theme and is checked
 * for everything a page must be: no axe violation; no typographic slip in the live text; search opens and answers.
 * Then the same page switches to the dark theme (the system preference, which the site's colors follow live) and
 * axe checks every rule that depends on color again, and at 320 px wide the page must not scroll sideways (wide
 * tables scroll in their own box). Throughout, the watchdog records any CSP violation, console
 * error or request that leaves the site. Two pages are in flight at a time (the browser project's maxConcurrency); a
 * failure names the page and the theme.
 *
 * Pages of one layout that differ only in content (each guardrail, each constraint) get axe on a sample that shows
 * every kind of element, in every kind of parent, that any of them has (`coveringSample`); html-validate checks every
 * page's markup (tests/site/html-validate.test.ts), and every other check here runs on every page.
 *
 * Two browser tabs load the routes one after the other, as a reader following links would (`useTabs`). Each route
 * starts with nothing saved and the light theme at 1280×720. The server lets the browser cache everything but pages,
 * as a host caching the build's hashed assets does, so the search engine and its index load once per tab, not once a
 * page; every request, cached or not, still passes the watchdog.
 */
const session = useBrowserSession({ cacheAssets: true });
const files = canRunBrowser ? htmlPages() : [];
const routeOfPage = (file: string) => (file === '404.html' ? '/404.html' : routeOf(file));
/** Routes whose pages share a layout and differ only in content. */
const SAME_LAYOUT = [/^\/guardrails\/[^/]+\/$/, /^\/constraints\/[^/]+\/$/];
const axeSample = new Set(
  SAME_LAYOUT.flatMap((family) =>
    coveringSample(
      files
        .filter((file) => family.test(routeOfPage(file)))
        .map((file) => ({ item: routeOfPage(file), kinds: elementKinds(builtPage(file).querySelector('body')!) })),
    ),
  ),
);
const axeRoutes = files
  .map(routeOfPage)
  .filter((route) => axeSample.has(route) || !SAME_LAYOUT.some((f) => f.test(route)));
const sampledOut = files.map(routeOfPage).filter((route) => !axeRoutes.includes(route));

/** The main text as the reader sees it now, with code left out (a command's colon is not a slip). */
const liveText = (page: Page) =>
  page.locator('main').evaluate((main: HTMLElement) => {
    let text = main.innerText;
    for (const code of main.querySelectorAll<HTMLElement>('code, kbd')) text = text.replace(code.innerText, ' ');
    return text.replace(/\s+/g, ' ');
  });

/** Opens search (the page's own form, or the header dialog by its "/" shortcut) and waits for results. */
async function search(page: Page, query: string) {
  const inPage = (await page.locator('main [data-search-form]').count()) > 0;
  if (!inPage) await page.keyboard.press('/');
  const scope = inPage ? 'main' : 'dialog';
  await page.locator(`${scope} input[type="search"]`).fill(query);
  await page.locator(`${scope} .result-title`).first().waitFor();
  return page.locator(`${scope} .result-title`).count();
}

const tabs = useTabs(session, 2);

/** Everything the sweep checks on one route, loaded in `tab`; axe only `withAxe`. */
async function sweep({ page, watchdog }: Tab, route: string, withAxe: boolean) {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 720 });
  const problems = watchdog.reset();
  await page.goto(new URL(route.replace(/^\//, ''), session.baseUrl).href);
  await islandsHydrated(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBackground = await background();
  const light = withAxe ? await axeViolations(page) : undefined;
  // What hydration renders can differ from the server's HTML (a text node doubled): read the live page.
  const slips = typographySlips(await liveText(page), { live: true });
  // A word one page has: the check is that search answers here, not how it ranks many pages.
  const results = await search(page, 'Semmelweis');
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'dark' });
  // The switch is real: the page's colors follow it before axe looks again.
  const switched = (await background()) !== lightBackground;
  const dark = withAxe ? await axeViolations(page, { rules: COLOR_RULES }) : undefined;
  await page.setViewportSize({ width: REFLOW_WIDTH, height: REFLOW_HEIGHT });
  const narrow = await sidewaysScroll(page);
  // Whatever the page or search fetches late has had its chance to break a rule before the verdict.
  await page.waitForLoadState('networkidle');
  // The next route starts with nothing saved, as a first visit does.
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  const axe = withAxe ? { light, dark } : {};
  return { route, ...axe, switched, narrow, slips, ...problems, searchAnswered: results > 0 };
}

/** What every page must give, with axe's verdicts where it ran. */
const clean = (route: string, withAxe: boolean) => ({
  route,
  ...(withAxe ? { light: [], dark: [] } : {}),
  switched: true,
  narrow: { overflow: 0, culprits: [] },
  slips: [],
  consoleErrors: [],
  cspViolations: [],
  foreignRequests: [],
  searchAnswered: true,
});

describe.skipIf(!canRunBrowser)('every page, in both themes', () => {
  it.concurrent.for(axeRoutes)(
    '%s: axe finds nothing in either theme, it fits 320 px, search answers, nothing breaks the CSP or leaves the site',
    async (route, { expect }) => {
      expect(await tabs.borrow((tab) => sweep(tab, route, true))).toEqual(clean(route, true));
    },
  );
  it.concurrent.for(sampledOut)(
    '%s (its layout is axe-checked on a sample): it fits 320 px, search answers, nothing breaks the CSP or leaves the site',
    async (route, { expect }) => {
      expect(await tabs.borrow((tab) => sweep(tab, route, false))).toEqual(clean(route, false));
    },
  );
  it('the axe sample covers each layout, and is a small part of it', () => {
    for (const family of SAME_LAYOUT) {
      const all = files.map(routeOfPage).filter((route) => family.test(route));
      const sampled = all.filter((route) => axeSample.has(route));
      expect({ family: String(family), some: sampled.length > 0, few: sampled.length < all.length / 2 }).toEqual({
        family: String(family),
        some: true,
        few: true,
      });
    }
  });
});

describe.skipIf(!canRunBrowser)('the watchdog itself', () => {
  it('axe, as the sweep and the tool tests run it, finds text too faint for its background after the switch to the dark theme', async () => {
    const { page } = await session.open('/', { colorScheme: 'light' });
    await page.evaluate(() => {
      const faint = document.createElement('p');
      faint.textContent = 'Faint in the dark';
      faint.style.color = 'light-dark(#000, #3a3a3a)';
      faint.style.background = 'light-dark(#fff, #202020)';
      document.querySelector('main')!.prepend(faint);
    });
    expect(await axeViolations(page, { rules: COLOR_RULES })).toEqual([]);
    // As the tool tests check a state in both themes (axeInBothThemes) …
    expect(await axeInBothThemes(page)).toEqual({
      light: [],
      dark: [expect.stringMatching(/^color-contrast: /)],
      switched: true,
    });
    // … and as the sweep does.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, { rules: COLOR_RULES })).toEqual([expect.stringMatching(/^color-contrast: /)]);
  });

  it('notices a CSP violation, a console error and a foreign request', async () => {
    const { page, problems } = await session.open('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      console.error('deliberate');
    });
    expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
    // A top-level navigation is outside CSP's reach; the resolver rules keep it from leaving the machine.
    await page.evaluate(() => location.assign('http://example.invalid/x')).catch(() => undefined);
    await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
    await expect.poll(() => problems.consoleErrors).toContain('deliberate');
    await expect.poll(() => problems.foreignRequests).toContain('http://example.invalid/x');
  });
});
