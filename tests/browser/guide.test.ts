import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../src/lib/constraints';
import { canRunBrowser, useBrowserSession } from '../support/browser-session';

const session = useBrowserSession();

/** The first symptom a constraint's front matter lists: the words a frustrated team would type. */
function firstSymptom(id: string): string {
  const source = readFileSync(join(import.meta.dirname, `../../content/constraints/${id}.mdx`), 'utf8');
  const symptom = /^symptoms:\n\s+- "?([^"\n]+)"?$/m.exec(source)?.[1] ?? '';
  return symptom.split(/[:—,]/)[0]!.trim();
}

describe.skipIf(!canRunBrowser)('search finds constraints by their symptoms', () => {
  /** The search page, searched again from test to test as a reader refines a query (opened if it is not open). */
  let searchPage: Page | undefined;

  /** The paths of the first three results for `query`, typed into the search page once it answers that query. */
  async function topThree(query: string) {
    const page = searchPage?.url().includes('/search/') ? searchPage : (await session.open('/search/')).page;
    searchPage = page;
    await page.locator('main input[type="search"]').fill(query);
    // The status names the query once its results are listed (search-ui.ts), not before.
    await expect.poll(() => page.locator('main [data-search-status]').textContent()).toContain(`“${query}”`);
    return page
      .locator('main .result-title')
      .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  it('"approvals bottleneck" lists Coordination Friction first', async () => {
    const { page } = await session.open('/search/?q=approvals%20bottleneck');
    searchPage = page;
    await page.locator('main .result-title').first().waitFor();
    await expect.poll(() => page.locator('main .result-title').first().textContent()).toBe('Coordination Friction');
  });

  it.each(CONSTRAINT_IDS)('a symptom of %s finds its page in the top three', async (id) => {
    const query = firstSymptom(id);
    expect(query.length).toBeGreaterThan(5);
    const top = await topThree(query);
    console.log(`search "${query}" → ${top.join(', ')}`);
    expect(top).toContain(`/constraints/${id}/`);
  });
});

describe.skipIf(!canRunBrowser)('constraint pages', () => {
  it('“Copy link” copies the section URL and says so, by keyboard', async () => {
    const { page, context } = await session.open('/constraints/social-stasis/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const button = page.locator('button[data-copy-link="run-the-probe"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.textContent()).toContain('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname + new URL(copied).hash).toBe('/constraints/social-stasis/#run-the-probe');
    await expect.poll(() => page.locator('p[role="status"]').last().textContent()).toContain('Link copied');
  });
});

describe.skipIf(!canRunBrowser)('the guardrails catalog', () => {
  const visible = (page: import('playwright-core').Page) =>
    page.locator('[data-catalog-cards] > li:not([hidden]) h2 a').allTextContents();

  it('filters by constraint, keeps the filter in the URL, and announces the count', async () => {
    const { page } = await session.open('/guardrails/');
    const all = (await visible(page)).length;
    await page.selectOption('#filter-constraint', 'coordination-friction');
    const shown = await visible(page);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.length).toBeLessThan(all);
    expect(new URL(page.url()).search).toBe('?constraint=coordination-friction');
    await expect
      .poll(() => page.locator('[data-catalog-count]').textContent())
      .toBe(`Showing ${shown.length} of ${all} guardrails.`);
    await expect.poll(() => page.locator('[data-catalog-count]').getAttribute('role')).toBe('status');
  });

  it('filters by kind and by text, together', async () => {
    const { page } = await session.open('/guardrails/');
    await page.selectOption('#filter-kind', 'automation');
    const automations = await visible(page);
    expect(automations.length).toBeGreaterThan(0);
    await page.locator('#filter-text').fill('sign-off');
    await expect.poll(() => visible(page)).toEqual(['One automated approval path']);
    expect(new URL(page.url()).search).toBe('?kind=automation&q=sign-off');
  });

  it('opens a shared filter link with the filter applied, and clears it', async () => {
    const { page } = await session.open('/guardrails/?constraint=temporal-myopia&effort=small');
    await expect.poll(() => page.locator('#filter-constraint').inputValue()).toBe('temporal-myopia');
    const shown = await visible(page);
    expect(shown.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.url()).not.toContain('?');
    expect((await visible(page)).length).toBeGreaterThan(shown.length);
  });

  it('is usable by keyboard alone', async () => {
    const { page } = await session.open('/guardrails/');
    await page.locator('#filter-constraint').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).toContain('constraint=incentive-drift');
  });

  it('without JavaScript shows every card and plain links per constraint', async () => {
    const { page } = await session.open('/guardrails/?constraint=coordination-friction', { javaScriptEnabled: false });
    const cards = await page.locator('[data-catalog-cards] > li').count();
    await expect.poll(() => visible(page)).toHaveLength(cards);
    await expect.poll(() => page.locator('[data-catalog-filters]').isVisible()).toBe(false);
    const links = page.locator('.by-constraint a[href^="/constraints/"]');
    await expect.poll(() => links.count()).toBe(8);
    await links.first().click();
    expect(new URL(page.url()).pathname).toBe('/constraints/incentive-drift/');
  });
});
