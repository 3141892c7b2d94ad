import { describe, expect, it } from 'vitest';
import { PRIMARY_NAV } from '../../src/lib/navigation';
import { canRunBrowser, useBrowserSession } from '../support/browser-session';
import { tabUntil } from '../support/keyboard';

const session = useBrowserSession();
const PHONE = { width: 360, height: 740 };
const pages = ['/', '/constraints/social-stasis/', '/tools/health-checklist/'];
const cases = (['light', 'dark'] as const).flatMap((theme) => pages.map((route) => [route, theme] as const));
/** The header's section links a reader can see now (a closed disclosure's content is not rendered). */
const sectionLinks = (page: import('playwright-core').Page) =>
  page
    .locator('.site-header nav a')
    .evaluateAll((links) =>
      links
        .filter((a) => a.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }))
        .map((a) => a.textContent?.trim()),
    );

describe.skipIf(!canRunBrowser)('the header on a 360 px wide phone', () => {
  it.for(cases)(
    '%s (%s theme): one row of at most 64 px, a menu that opens and closes by keyboard, no sideways scroll',
    async ([route, theme]) => {
      const { page } = await session.open(route, { viewport: PHONE, colorScheme: theme });
      const header = await page.locator('.site-header').boundingBox();
      expect(header?.height).toBeLessThanOrEqual(64);
      expect(await sectionLinks(page)).toEqual([]);
      const mainTop = () => page.locator('main').evaluate((main) => main.getBoundingClientRect().top);
      const before = await mainTop();

      await tabUntil(page, (el) => el.tag === 'summary' && el.text === 'Menu', 'the “Menu” button');
      await page.keyboard.press('Enter');
      await expect.poll(() => sectionLinks(page)).toEqual(PRIMARY_NAV.map((item) => item.label));
      expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(true);
      expect(await mainTop()).toBe(before); // the open menu lies over the page; nothing below it moves
      await tabUntil(page, (el) => el.tag === 'a' && el.text === PRIMARY_NAV[0]!.label, 'the first section link', {
        max: 3,
      });

      await page.keyboard.press('Escape');
      await expect.poll(() => sectionLinks(page)).toEqual([]);
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('summary');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    },
  );

  it('without JavaScript the menu still opens and every section link is reachable', async () => {
    const { page } = await session.open('/', { viewport: PHONE, javaScriptEnabled: false });
    expect(await sectionLinks(page)).toEqual([]);
    await page.locator('.site-menu summary').click();
    expect(await sectionLinks(page)).toEqual(PRIMARY_NAV.map((item) => item.label));
  });

  it('on a wide screen shows every section link in the row, with no menu button', async () => {
    const { page } = await session.open('/', { viewport: { width: 1280, height: 800 } });
    expect(await sectionLinks(page)).toEqual(PRIMARY_NAV.map((item) => item.label));
    expect(await page.locator('.site-menu summary').isVisible()).toBe(false);
    expect((await page.locator('.site-header').boundingBox())?.height).toBeLessThanOrEqual(64);
  });
});
