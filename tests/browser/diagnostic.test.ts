import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canRunBrowser, islandsHydrated, useBrowserSession } from '../support/browser-session';
import { chooseRadio, tabUntil } from '../support/keyboard';
import { pdfPageCount } from '../support/pdf';

const session = useBrowserSession();
const DIAGNOSTIC = '/tools/diagnostic/';
const questionIds = [...readFileSync(join(import.meta.dirname, '../../content/diagnostic/questions.yaml'), 'utf8').matchAll(/^- id: (.+)$/gm)].map(
  (m) => m[1]!,
);

const SCALE = ['1', '2', '3', '4', '5', 'not-sure'];

/**
 * Answers every statement with the keyboard alone, one at a time: Tab into the statement's radio group, arrows to
 * the answer, Tab to "Next" and Enter. 2 (disagree) everywhere but the coordination-friction statements, strongly
 * agreed. Ends with focus on "See the result".
 */
async function answerAllByKeyboard(page: Page) {
  for (let i = 0; i < questionIds.length; i += 1) {
    const id = questionIds[i]!;
    // From the page's start for the first statement; back from "Next" (where focus stays) for the others.
    await tabUntil(page, (el) => el.name === id, `the radio group of “${id}”`, { backwards: i > 0 });
    await chooseRadio(page, SCALE, id.startsWith('coordination-') ? '5' : '2');
    const last = i === questionIds.length - 1;
    const button = last ? 'See the result' : 'Next';
    await tabUntil(page, (el) => el.tag === 'button' && el.text === button, `the “${button}” button`, { max: 4 });
    if (!last) await page.keyboard.press('Enter');
  }
}

describe.skipIf(!canRunBrowser)('the constraint-map diagnostic', () => {
  it('a complete run by keyboard alone names the dominant constraint and why', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await expect.poll(() => page.locator('[data-progress]').textContent()).toBe(`Question 1 of ${questionIds.length}`);
    await answerAllByKeyboard(page);
    await page.keyboard.press('Enter');
    await page.locator('[data-result]').waitFor();
    await expect.poll(() => page.locator('[data-dominant]').getAttribute('data-dominant')).toBe('coordination-friction');
    await expect.poll(() => page.locator('[data-deciding] li').count()).toBe(3);
    await expect.poll(() => page.locator('.score-chart tbody tr').count()).toBe(8);
    await expect.poll(() => page.locator('.score-chart tbody tr').first().getAttribute('data-constraint')).toBe('coordination-friction');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('result-title');
    const why = await page.locator('[data-why-link]').getAttribute('href');
    expect(why).toMatch(/^\/constraints\/coordination-friction\/#why=coordination-/);
    await page.locator('[data-why-link]').click();
    await page.locator('[data-why-panel]').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('[data-why-panel] li').count()).toBe(3);
    await expect.poll(() => page.locator('[data-why-panel] li').first().textContent()).toMatch(/^Strongly agree: “/);
  });

  it('a constraint page without the fragment shows no panel', async () => {
    const { page } = await session.open('/constraints/coordination-friction/');
    await expect.poll(() => page.locator('[data-why-panel]').isVisible()).toBe(false);
  });

  it('resumes at the same question after a reload, and can show all statements on one page', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await page.locator(`input[name="${questionIds[0]}"][value="4"]`).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.reload();
    await islandsHydrated(page);
    await expect.poll(() => page.locator('[data-progress]').textContent()).toBe(`Question 3 of ${questionIds.length}`);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => page.locator(`input[name="${questionIds[0]}"][value="4"]`).isChecked()).toBe(true);
    await page.getByLabel('All on one page').check();
    await expect.poll(() => page.locator('fieldset.question').count()).toBe(questionIds.length);
  });

  it('keeps finished runs with their date, shows change since the previous run, and deletes one', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await page.getByLabel('All on one page').check();
    for (const id of questionIds) await page.locator(`input[name="${id}"][value="3"]`).check();
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.locator('[data-low-confidence]').waitFor();
    await page.getByRole('button', { name: 'Back to the questions' }).click();
    for (const id of questionIds) await page.locator(`input[name="${id}"][value="${id.startsWith('social-') ? 5 : 3}"]`).check();
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.locator('[data-result]').waitFor();
    await expect.poll(() => page.locator('.score-chart thead').textContent()).toContain('Since last run');
    await expect.poll(() => page.locator('.score-chart tr[data-constraint="social-stasis"] td').last().textContent()).toBe('+38');
    await expect.poll(() => page.locator('[data-history] li').count()).toBe(2);
    await page.getByRole('button', { name: /^Delete the run of/ }).last().click();
    await expect.poll(() => page.locator('[data-history] li').count()).toBe(1);
  });

  it('a share link opens the same scores, read-only, in a fresh browser context', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await page.getByLabel('All on one page').check();
    for (const id of questionIds) await page.locator(`input[name="${id}"][value="${id.startsWith('optics-') ? 4 : 2}"]`).check();
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.locator('[data-result] .score-chart [data-score]').first().waitFor();
    const scores = await page.locator('.score-chart [data-score]').allTextContents();
    expect(scores).toHaveLength(8);
    const link = await page.locator('[data-share-link]').inputValue();
    expect(link).toContain('#share=');
    const other = await session.open(new URL(link).pathname + new URL(link).hash);
    await other.page.locator('[data-shared-view] [data-result]').waitFor();
    await expect.poll(() => other.page.locator('.score-chart [data-score]').allTextContents()).toEqual(scores);
    await expect.poll(() => other.page.locator('[data-dominant]').getAttribute('data-dominant')).toBe('moral-optics-alignment');
    await expect.poll(() => other.page.locator('input[type="radio"]').count()).toBe(0);
    const broken = await session.open(`${DIAGNOSTIC}#share=AAAA`);
    await broken.page.locator('[data-share-error]').waitFor();
    await expect.poll(() => broken.page.locator('[data-share-error]').textContent()).toMatch(/can’t be read/);
  });

  it('the team view compares three links and names the widest disagreement', async () => {
    const links: string[] = [];
    for (const strong of ['social-', 'social-', 'temporal-']) {
      const { page } = await session.open(DIAGNOSTIC);
      await page.getByLabel('All on one page').check();
      for (const id of questionIds) await page.locator(`input[name="${id}"][value="${id.startsWith(strong) ? 5 : 3}"]`).check();
      await page.getByRole('button', { name: 'See the result' }).click();
      links.push(await page.locator('[data-share-link]').inputValue());
    }
    const { page } = await session.open(DIAGNOSTIC);
    await page.getByRole('button', { name: 'Compare a team’s results' }).click();
    await page.getByLabel('Share links').fill(links.join('\n'));
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('[data-team-row]').first().waitFor();
    await expect.poll(() => page.locator('[data-team-row="social-stasis"] [data-median]').textContent()).toBe('88');
    await expect.poll(() => page.locator('[data-most-disagreement]').getAttribute('data-most-disagreement')).toBe('social-stasis');
    await expect.poll(() => page.locator('.team-table thead th').count()).toBe(6);
  });

  it('prints the result with its date, question-set version and address, without the tool chrome', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await page.getByLabel('All on one page').check();
    for (const id of questionIds) await page.locator(`input[name="${id}"][value="4"]`).check();
    await page.getByRole('button', { name: 'See the result' }).click();
    // Both exist on screen first, so that hiding them in print is what is tested.
    await page.locator('.share').waitFor({ state: 'visible' });
    await page.locator('.team').waitFor({ state: 'visible' });
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.team').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.share').isVisible()).toBe(false);
    const stamp = await page.locator('[data-result] .print-only').textContent();
    expect(stamp).toMatch(/^Diagnostic run of \d{1,2} \w+ \d{4} · question set version 1 · http:\/\/127\.0\.0\.1:\d+\/tools\/diagnostic\/$/);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('downloads a reminder six weeks ahead by default', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await page.getByLabel('All on one page').check();
    await page.locator(`input[name="${questionIds[0]}"][value="4"]`).check();
    await page.getByRole('button', { name: 'See the result' }).click();
    const expected = new Date(Date.now() + 42 * 86400000).toISOString().slice(0, 10);
    await expect.poll(() => page.getByLabel('Date').inputValue()).toBe(expected);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /calendar event/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`rerun-alignment-diagnostic-${expected}.ics`);
  });

  it('without JavaScript is a printable questionnaire with a scoring guide', async () => {
    const { page } = await session.open(DIAGNOSTIC, { javaScriptEnabled: false });
    await expect.poll(() => page.locator('.worksheet-list li').count()).toBe(questionIds.length);
    await expect.poll(() => page.locator('.worksheet').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.scoring-guide').isVisible()).toBe(true);
  });
});
