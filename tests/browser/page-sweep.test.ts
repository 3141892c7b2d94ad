import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canRunBrowser, useBrowserSession } from '../support/browser-session';
import { htmlPages, routeOf } from '../support/dist';
import { typographySlips } from '../support/typography';

/**
 * One sweep over every page in both themes. Each page is loaded once per theme, and that one load is checked for
 * everything a page must be: no axe violation; no typographic slip in the live text; search opens and answers; and,
 * throughout, no CSP violation, no console error and no request that leaves the site. Two pages are in flight at a
 * time (the browser project's maxConcurrency); a failure names the page and the theme.
 */
const session = useBrowserSession();
const routes = canRunBrowser ? htmlPages().map((file) => (file === '404.html' ? '/404.html' : routeOf(file))) : [];
const cases = (['light', 'dark'] as const).flatMap((theme) => routes.map((route) => [route, theme] as const));

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

describe.skipIf(!canRunBrowser)('every page, in both themes', () => {
  it.concurrent.for(cases)(
    '%s (%s theme): axe finds nothing, search answers, nothing breaks the CSP or leaves the site',
    async ([route, theme], { expect }) => {
      const { page, context, problems } = await session.open(route, { colorScheme: theme });
      const axe = await new AxeBuilder({ page }).analyze();
      const violations = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      // What hydration renders can differ from the server's HTML (a text node doubled): read the live page.
      const slips = typographySlips(await liveText(page));
      const results = await search(page, 'guardrails');
      // Whatever the page or search fetches late has had its chance to break a rule before the verdict.
      await page.waitForLoadState('networkidle');
      await context.close();
      expect({ route, theme, violations, slips, ...problems, searchAnswered: results > 0 }).toEqual({
        route,
        theme,
        violations: [],
        slips: [],
        consoleErrors: [],
        cspViolations: [],
        foreignRequests: [],
        searchAnswered: true,
      });
    },
  );
});

describe.skipIf(!canRunBrowser)('the watchdog itself', () => {
  it('notices a CSP violation, a console error and a foreign request', async () => {
    const { page, context, problems } = await session.open('/');
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
    await context.close();
  });
});
