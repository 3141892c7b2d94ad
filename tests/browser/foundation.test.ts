import { describe, expect, it } from 'vitest';
import { canRunBrowser, islandsHydrated, useBrowserSession } from '../support/browser-session';

const session = useBrowserSession();
const ESSAY = '/essay/ticket-factory-to-impact/';

describe.skipIf(!canRunBrowser)('essay reading', () => {
  it('a table-of-contents link brings its heading into view', async () => {
    const { page } = await session.open(ESSAY, { viewport: { width: 1280, height: 800 } });
    const heading = page.locator('#what-impact-really-means');
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(800);
    await page.locator('.toc a[href="#what-impact-really-means"]').click();
    await page.waitForFunction(() => {
      const top = document.getElementById('what-impact-really-means')!.getBoundingClientRect().top;
      return top >= 0 && top < 200;
    });
    expect(new URL(page.url()).hash).toBe('#what-impact-really-means');
  });

  it('the outline is collapsed above the text on a phone and opens by keyboard', async () => {
    const { page } = await session.open(ESSAY, { viewport: { width: 375, height: 740 } });
    const firstLink = page.locator('.toc a').first();
    await expect.poll(() => firstLink.isVisible()).toBe(false);
    await page.locator('.toc summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => firstLink.isVisible()).toBe(true);
  });

  it('every heading has a visible self-link', async () => {
    const { page } = await session.open(ESSAY);
    const ids = await page
      .locator('article :is(h2, h3, h4)[id]:not(#continue-title)')
      .evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(15);
    const hidden: string[] = [];
    for (const id of ids) {
      const anchor = page.locator(`a.heading-anchor[href="#${id}"]`);
      if ((await anchor.count()) !== 1 || !(await anchor.isVisible())) hidden.push(id);
    }
    expect(hidden).toEqual([]);
  });
});

describe.skipIf(!canRunBrowser)('theme', () => {
  it('the toggle switches theme and the choice survives a reload', async () => {
    const { page } = await session.open('/', { colorScheme: 'light' });
    const toggle = page.locator('[data-theme-toggle]');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await islandsHydrated(page);
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    await expect.poll(() => page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .not.toBe(lightBackground);
  });

  it('follows the system preference when nothing is saved', async () => {
    const { page } = await session.open('/', { colorScheme: 'dark' });
    await expect.poll(() => page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
  });
});

describe.skipIf(!canRunBrowser)('search', () => {
  it('"/" opens the header search, and searching "andon" finds the essay with its section', async () => {
    const { page } = await session.open('/constraints/');
    await page.keyboard.press('/');
    const dialog = page.locator('dialog[data-search-dialog]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.type('andon');
    const first = dialog.locator('.result-title').first();
    await first.waitFor();
    const titles = await dialog.locator('.result-title').allTextContents();
    expect(titles).toContain('Ticket Factory to Impact');
    await expect
      .poll(() => dialog.locator('.result-sections a').allTextContents())
      .toContain('§ The Courage to Stop the Line');
    await expect.poll(() => dialog.locator('[data-search-status]').textContent()).toMatch(/results? for “andon”/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('loads no search code until search is opened', async () => {
    const { page } = await session.open(ESSAY);
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect((await loaded()).filter((url) => /pagefind|search-ui/.test(url))).toEqual([]);
    await page.locator('[data-search-open]').click();
    await page.keyboard.type('guardrails');
    await page.locator('dialog .result-title').first().waitFor();
    expect((await loaded()).some((url) => url.includes('pagefind'))).toBe(true);
  });

  it('the search page reads its query from the URL', async () => {
    const { page } = await session.open('/search/?q=semmelweis');
    await page.locator('main .result-title').first().waitFor();
    await expect.poll(() => page.locator('main .result-title').allTextContents()).toContain('Ticket Factory to Impact');
  });
});
