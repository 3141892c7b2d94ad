import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canRunBrowser, islandsHydrated, useBrowserSession } from '../support/browser-session';
import { pdfPageCount } from '../support/pdf';

const session = useBrowserSession();
const CHECKLIST = '/tools/health-checklist/';
const v2Fixture = readFileSync(join(import.meta.dirname, '../fixtures/saved-data/health-checklist-v2.json'), 'utf8');

describe.skipIf(!canRunBrowser)('the Alignment Health Checklist', () => {
  it('saves ticks, survives a reload, and summarizes with links behind the weakest theme', async () => {
    const { page } = await session.open(CHECKLIST);
    const total = await page.locator('fieldset.item').count();
    expect(total).toBeGreaterThanOrEqual(23);
    await page.locator('input[name="outcome-in-one-sentence"][value="yes"]').check();
    await page.locator('input[name="outcome-reviewed-every-two-weeks"][value="no"]').check();
    await page.locator('input[name="first-move-risk-is-shared"][value="yes"]').check();
    await page.reload();
    await islandsHydrated(page);
    await expect.poll(() => page.locator('input[name="outcome-in-one-sentence"][value="yes"]').isChecked()).toBe(true);
    await expect
      .poll(() => page.locator('input[name="outcome-reviewed-every-two-weeks"][value="no"]').isChecked())
      .toBe(true);
    await expect
      .poll(() => page.locator('.summary-line').textContent())
      .toMatch(new RegExp(`^2 of ${total} healthy; weakest theme: `));
    await expect
      .poll(() => page.locator('#item-outcome-reviewed-every-two-weeks .item-links a').count())
      .toBeGreaterThanOrEqual(2);
  });

  it('keeps an answer given while the code that merges tabs is still on its way, when the page is left at once', async () => {
    const { page } = await session.open(CHECKLIST);
    const answer = page.locator('input[name="outcome-in-one-sentence"][value="yes"]');
    // The merge loads on the first change: held back here, as a slow network would hold it, until the page is gone.
    const merge = '**/tool-health-checklist-entry-merge.*.js';
    await page.route(merge, () => undefined);
    try {
      await answer.check();
      await page.reload();
    } finally {
      await page.unroute(merge);
    }
    await islandsHydrated(page);
    await expect.poll(() => answer.isChecked()).toBe(true);
  });

  it('saves answers when the code that merges tabs cannot be fetched', async () => {
    const { page } = await session.open(CHECKLIST);
    const merge = '**/tool-health-checklist-entry-merge.*.js';
    await page.route(merge, (route) => route.abort());
    try {
      await page.locator('input[name="outcome-in-one-sentence"][value="yes"]').check();
      await page.locator('input[name="first-move-risk-is-shared"][value="no"]').check();
      const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('tfi:health-checklist') ?? 'null'));
      await expect.poll(saved).toMatchObject({
        data: {
          answers: { 'outcome-in-one-sentence': { answer: 'yes' }, 'first-move-risk-is-shared': { answer: 'no' } },
        },
      });
    } finally {
      await page.unroute(merge);
    }
  });

  it('loads answers saved under the first edition: kept, trap answers turned to the new wording, replaced ones set aside', async () => {
    const { page } = await session.openWith(CHECKLIST, { 'tfi:health-checklist': v2Fixture });
    const checked = (id: string, answer: string) => page.locator(`input[name="${id}"][value="${answer}"]`).isChecked();
    await expect.poll(() => checked('outcome-in-one-sentence', 'yes')).toBe(true);
    // "Is the cost of moving borne individually…?" answered "no" (healthy) reads now as "the risk is shared": yes.
    await expect.poll(() => checked('first-move-risk-is-shared', 'yes')).toBe(true);
    await expect.poll(() => checked('regular-evidence-ritual', 'not-yet')).toBe(true);
    await expect.poll(() => checked('wins-kept-by-guardrails', 'no')).toBe(true);
    // The old paved-road question asked about other teams too: its answer does not answer the new one.
    expect(await page.locator('input[name="team-ships-on-the-paved-road"]:checked').count()).toBe(0);
    const total = await page.locator('fieldset.item').count();
    await expect.poll(() => page.locator('.summary-line').textContent()).toMatch(new RegExp(`^2 of ${total} healthy`));
    // The next answer saves the second edition, and the set-aside answer goes with it.
    await page.locator('input[name="team-ships-on-the-paved-road"][value="no"]').check();
    const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('tfi:health-checklist') ?? 'null'));
    await expect.poll(saved).toMatchObject({
      v: 3,
      data: {
        answers: { 'team-ships-on-the-paved-road': { answer: 'no' }, 'first-move-risk-is-shared': { answer: 'yes' } },
        retired: { 'paved-road-is-used': { answer: 'yes' } },
      },
    });
  });

  it('is answerable by keyboard alone', async () => {
    const { page } = await session.open(CHECKLIST);
    await page.locator('input[name="initiative-has-one-page-brief"][value="yes"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('input[name="initiative-has-one-page-brief"][value="no"]').isChecked())
      .toBe(true);
  });

  it('resets with undo', async () => {
    const { page } = await session.open(CHECKLIST);
    await page.locator('input[name="team-ships-on-the-paved-road"][value="yes"]').check();
    await page.getByRole('button', { name: 'Reset answers' }).click();
    await expect
      .poll(() => page.locator('input[name="team-ships-on-the-paved-road"][value="yes"]').isChecked())
      .toBe(false);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.locator('input[name="team-ships-on-the-paved-road"][value="yes"]').isChecked())
      .toBe(true);
  });

  it('prints without navigation, with the page address and date', async () => {
    const { page } = await session.open(CHECKLIST);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.site-header').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.tool-actions').first().isVisible()).toBe(false);
    const stamp = page.locator('main .print-only');
    await expect.poll(() => stamp.isVisible()).toBe(true);
    await expect.poll(() => stamp.textContent()).toMatch(/\/tools\/health-checklist\/ · \d{4}-\d{2}-\d{2}/);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdfPageCount(pdf);
    console.log(`checklist prints on ${pages} A4 pages`);
    expect(pages).toBeLessThanOrEqual(6);
  });

  it('without JavaScript is a printable worksheet with every item', async () => {
    const { page } = await session.open(CHECKLIST, { javaScriptEnabled: false });
    await expect.poll(() => page.locator('fieldset.item').count()).toBeGreaterThanOrEqual(23);
    await expect.poll(() => page.locator('noscript').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('input[type="radio"]:checked').count()).toBe(0);
  });
});

describe.skipIf(!canRunBrowser)('the checklist before the first answer', () => {
  it('invites instead of judging: no weakest theme, nothing “behind” it, no healthy counts', async () => {
    const { page } = await session.open(CHECKLIST);
    await expect
      .poll(() => page.locator('.summary-line').textContent())
      .toMatch(/^Nothing answered yet\. Answer any of the \d+ items below/);
    expect(await page.locator('.summary').textContent()).not.toMatch(/weakest theme:|Behind /);
    expect(await page.locator('.theme-count').allTextContents()).not.toContainEqual(expect.stringContaining('healthy'));
    await page.locator('input[name="outcome-in-one-sentence"][value="no"]').check();
    await expect
      .poll(() => page.locator('.summary-line').textContent())
      .toMatch(/^0 of \d+ healthy; weakest theme: shared intent \(\d+ not answered\)$/);
  });
});
