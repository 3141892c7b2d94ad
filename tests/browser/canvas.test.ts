import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canRunBrowser, islandsHydrated, useBrowserSession } from '../support/browser-session';
import { pdfPageCount } from '../support/pdf';

const session = useBrowserSession();
const CANVAS = '/tools/impact-chain-canvas/';
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

async function newCanvas(page: Page, name: string) {
  await page.getByRole('button', { name: 'New canvas' }).click();
  await page.getByLabel('Initiative', { exact: true }).fill(name);
}

describe.skipIf(!canRunBrowser)('the Impact Chain Canvas', () => {
  it('two canvases, edited, survive a reload intact', async () => {
    const { page } = await session.open(CANVAS);
    await newCanvas(page, 'Faster checkout');
    await page.getByLabel('Outcome', { exact: true }).fill('Fewer abandoned checkouts');
    await newCanvas(page, 'Decision register pilot');
    await page.getByLabel('Because…', { exact: true }).fill('we write down why');
    await page.reload();
    await islandsHydrated(page);
    await expect
      .poll(() => page.locator('#canvas-list option').allTextContents())
      .toEqual(['Faster checkout', 'Decision register pilot']);
    await expect.poll(() => page.getByLabel('Because…', { exact: true }).inputValue()).toBe('we write down why');
    await page.selectOption('#canvas-list', { label: 'Faster checkout' });
    await expect.poll(() => page.getByLabel('Outcome', { exact: true }).inputValue()).toBe('Fewer abandoned checkouts');
  });

  it('shows counters and hints, and the hints clear as the chain is completed', async () => {
    const { page } = await session.open(CANVAS);
    await newCanvas(page, 'Probe');
    await expect.poll(() => page.locator('#mechanism-because-count').textContent()).toBe('0 of 500 characters');
    await page.getByLabel('Because…', { exact: true }).fill('we automate one approval');
    await expect.poll(() => page.locator('#mechanism-because-count').textContent()).toBe('24 of 500 characters');
    await expect
      .poll(() => page.locator('[data-hint="no-kill-criterion"]').textContent())
      .toContain('how will you know to stop?');
    await page.getByLabel('…we expect', { exact: true }).fill('lead time to fall');
    await page.getByLabel('Kill criterion', { exact: true }).fill('No fall in wait time after two weeks');
    await page.getByLabel('Revisit by', { exact: true }).fill('2099-01-01');
    await page.getByLabel('Measure', { exact: true }).fill('tickets closed');
    await expect
      .poll(() => page.locator('[data-hint]').evaluateAll((els) => els.map((el) => el.getAttribute('data-hint'))))
      .toEqual(['activity-feedback']);
    await page.getByLabel('Measure', { exact: true }).fill('days from ready to live');
    await page.locator('[data-no-hints]').waitFor();
  });

  it('deletes with undo, and duplicates', async () => {
    const { page } = await session.open(CANVAS);
    await newCanvas(page, 'Keep me');
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect
      .poll(() => page.locator('#canvas-list option').allTextContents())
      .toEqual(['Keep me', 'Keep me (copy)']);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('#canvas-list option').count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.locator('#canvas-list option').allTextContents())
      .toEqual(['Keep me', 'Keep me (copy)']);
  });

  /** Two tabs of the canvas page: canvases `made` in the first, then the second opened on the first of them. */
  async function twoTabs(made: [string, string]) {
    const { page: first, context } = await session.open(CANVAS);
    for (const name of made) await newCanvas(first, name);
    const second = await context.newPage();
    await second.goto(first.url());
    await islandsHydrated(second);
    await second.selectOption('#canvas-list', { label: made[0] });
    return { first, second };
  }

  it('two tabs editing different canvases lose nothing', async () => {
    const { first, second } = await twoTabs(['Tab one', 'Tab two']);
    await first.getByLabel('Owner', { exact: true }).fill('Asha');
    await expect.poll(() => second.locator('#canvas-list option').allTextContents()).toEqual(['Tab one', 'Tab two']);
    await second.getByLabel('Owner', { exact: true }).fill('Ben');
    await first.reload();
    await islandsHydrated(first);
    await first.selectOption('#canvas-list', { label: 'Tab two' });
    await expect.poll(() => first.getByLabel('Owner', { exact: true }).inputValue()).toBe('Asha');
    await first.selectOption('#canvas-list', { label: 'Tab one' });
    await expect.poll(() => first.getByLabel('Owner', { exact: true }).inputValue()).toBe('Ben');
  });

  it('a canvas deleted in one tab stays deleted while another tab keeps editing', async () => {
    const { first, second } = await twoTabs(['Keep', 'Drop']);
    await first.selectOption('#canvas-list', { label: 'Drop' });
    await first.getByRole('button', { name: 'Delete' }).click();
    await second.getByLabel('Owner', { exact: true }).fill('Asha');
    for (const tab of [first, second]) {
      await expect.poll(() => tab.locator('#canvas-list option').allTextContents()).toEqual(['Keep']);
    }
    await first.reload();
    await islandsHydrated(first);
    await expect.poll(() => first.locator('#canvas-list option').allTextContents()).toEqual(['Keep']);
    await expect.poll(() => first.getByLabel('Owner', { exact: true }).inputValue()).toBe('Asha');
  });

  it('renders script and HTML payloads in every field as plain text', async () => {
    const { page } = await session.open(CANVAS);
    await newCanvas(page, PAYLOAD.slice(0, 80));
    for (const label of [
      'Owner',
      'Outcome',
      'For whom',
      'Because…',
      '…we expect',
      'Assumptions',
      'Leading signal',
      'Lagging outcome',
      'Measure',
      'Threshold',
      'Kill criterion',
    ]) {
      await page.getByLabel(label, { exact: true }).fill(PAYLOAD);
    }
    await page.getByLabel('Decision', { exact: true }).fill(PAYLOAD);
    await page.getByRole('button', { name: 'Log decision' }).click();
    await page.getByLabel('I understand the canvas text travels inside the link', { exact: true }).check();
    const link = await page.locator('[data-canvas-share-link]').inputValue();
    await page.reload();
    await islandsHydrated(page);
    const shared = await session.open(new URL(link).pathname + new URL(link).hash);
    await shared.page.locator('[data-canvas-shared]').waitFor();
    for (const view of [page, shared.page]) {
      await expect.poll(() => view.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect.poll(() => view.locator('main .canvas-tool img[src="x"], main .canvas-tool script').count()).toBe(0);
    }
    await expect
      .poll(() => shared.page.locator('[data-canvas-shared]').textContent())
      .toContain('<script>window.__pwned=1</script>');
    expect(shared.problems.cspViolations).toEqual([]);
  });

  it('a constraint page’s “plan a probe” opens a pre-filled canvas, once', async () => {
    const { page } = await session.open('/constraints/coordination-friction/');
    await page.locator('[data-plan-probe]').click();
    await page.locator('[data-canvas-message]').waitFor();
    await expect
      .poll(() => page.getByLabel('Initiative', { exact: true }).inputValue())
      .toBe('Probe: Coordination Friction');
    await expect
      .poll(() => page.getByLabel('Constraint it addresses', { exact: true }).inputValue())
      .toBe('coordination-friction');
    await expect
      .poll(() => page.getByLabel('Because…', { exact: true }).inputValue())
      .toBe('Automate a single approval path; pilot “guardrails, not gates.”');
    await expect.poll(() => page.locator('.guardrail-picker input:checked').count()).toBe(1);
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    await islandsHydrated(page);
    await expect.poll(() => page.locator('#canvas-list option').count()).toBe(1);
  });

  it('ignores unexpected parameters', async () => {
    const { page } = await session.open(`${CANVAS}?constraint=%3Cscript%3E&guardrail=nope`);
    // The island has hydrated (session.open waits for it) and started nothing from the bad parameters.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#canvas-list').count()).toBe(0);
    expect(await page.locator('[data-canvas-message]').count()).toBe(0);
    await page.getByRole('button', { name: 'New canvas' }).click();
    await expect.poll(() => page.locator('#canvas-list option').count()).toBe(1);
  });

  it('exports Markdown and JSON that imports back as a new canvas', async () => {
    const { page } = await session.open(CANVAS);
    await newCanvas(page, 'Round trip');
    await page.getByLabel('Outcome', { exact: true }).fill('Less waiting');
    const md = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export Markdown' }).click();
    const mdText = Buffer.concat(await (await (await md).createReadStream()).toArray()).toString();
    expect(mdText).toContain('# Round trip');
    expect(mdText).toContain('- **Outcome:** Less waiting');
    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const file = await (await json).path();
    await page.locator('#canvas-import').setInputFiles(file);
    await expect
      .poll(() => page.locator('#canvas-list option').allTextContents())
      .toEqual(['Round trip', 'Round trip']);
  });

  it('prints on one A4 page with the address and date, without the toolbar', async () => {
    const { page } = await session.open(CANVAS);
    await newCanvas(page, 'Print me');
    await page
      .getByLabel('Outcome', { exact: true })
      .fill('A measurable outcome that takes a sentence or two to describe well.');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.canvas-toolbar').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.site-header').isVisible()).toBe(false);
    await expect
      .poll(() => page.locator('.canvas-tool .print-only').textContent())
      .toMatch(
        /Impact Chain Canvas · http:\/\/127\.0\.0\.1:\d+\/tools\/impact-chain-canvas\/ · printed \d{4}-\d{2}-\d{2}/,
      );
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('is usable on a 360 px wide phone, with no sideways scrolling', async () => {
    const { page } = await session.open(CANVAS, { viewport: { width: 360, height: 740 } });
    await newCanvas(page, 'Phone');
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
