import { describe, expect, it } from 'vitest';
import { canRunBrowser, useBrowserSession } from '../support/browser-session';
import { htmlPages, routeOf } from '../support/dist';

const session = useBrowserSession();
const routes = canRunBrowser ? htmlPages().map((file) => (file === '404.html' ? '/404.html' : routeOf(file))) : [];

describe.skipIf(!canRunBrowser)('every page is clean under its Content-Security-Policy', () => {
  it.each(routes)('%s: opening search and running a query breaks no rule and leaves the site for nothing', async (route) => {
    const { page, context, problems } = await session.open(route);
    await page.waitForLoadState('networkidle');
    const inPage = await page.locator('main [data-search-form]').count();
    if (inPage === 0) await page.keyboard.press('/');
    const input = page.locator(inPage ? 'main input[type="search"]' : 'dialog input[type="search"]');
    await input.fill('guardrails');
    await page.locator(inPage ? 'main .result-title' : 'dialog .result-title').first().waitFor();
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
  });
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
    // A top-level navigation is outside CSP's reach; the resolver rules keep it from leaving the machine.
    await page.evaluate(() => location.assign('http://example.invalid/x')).catch(() => undefined);
    await page.waitForTimeout(500);
    await context.close();
    expect(problems.cspViolations.length).toBeGreaterThan(0);
    expect(problems.consoleErrors).toContain('deliberate');
    expect(problems.foreignRequests).toContain('http://example.invalid/x');
  });
});
