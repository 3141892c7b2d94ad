import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { canRunBrowser, islandsHydrated, useBrowserSession } from '../support/browser-session';

const session = useBrowserSession();
const KEY = 'tfi:health-checklist';
const CHECKLIST = '/tools/health-checklist/';
const valid = JSON.stringify({
  v: 3,
  data: { answers: { 'outcome-in-one-sentence': { answer: 'no', changedAt: '2026-11-01T10:00:00.000Z' } } },
});

/** Every localStorage key and value, to compare byte for byte. */
const snapshot = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

describe.skipIf(!canRunBrowser)('saved data in a real browser', () => {
  it('a hand-corrupted value shows the notice, and the backup key holds the original bytes', async () => {
    const corrupt = '{"v":2,"data":{"answers":{"x":';
    const { page } = await session.openWith(CHECKLIST, { [KEY]: corrupt });
    const notice = page.locator('[data-unreadable]');
    await notice.waitFor();
    await expect.poll(() => notice.textContent()).toContain('could not be read');
    const stored = await snapshot(page);
    const backup = Object.keys(stored).find((key) => key.startsWith(`${KEY}:unreadable:`));
    expect(backup && stored[backup]).toBe(corrupt);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the unreadable data' }).click();
    const file = await (await download).path();
    expect(file).toBeTruthy();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(Object.keys(await snapshot(page)).some((key) => key.includes(':unreadable:'))).toBe(false);
  });

  it('storage that throws on access leaves the page working, with the “not saved” notice', async () => {
    // A context of its own: the init script stays in it.
    const { page, context } = await session.openAlone('/robots.txt');
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(new URL(CHECKLIST.slice(1), session.baseUrl).href);
    await islandsHydrated(page);
    await page.locator('input[name="outcome-in-one-sentence"][value="yes"]').check();
    await expect.poll(() => page.locator('[data-storage-health="unavailable"]').count()).toBe(1);
    await expect.poll(() => page.locator('.summary-line').textContent()).toMatch(/^1 of \d+ healthy/);
  });

  it('a full storage keeps the edit on screen, says so, and leaves the last good copy', async () => {
    const { page } = await session.openWith(CHECKLIST, { [KEY]: valid });
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    await page.locator('input[name="outcome-in-one-sentence"][value="yes"]').check();
    await expect.poll(() => page.locator('[data-storage-health="full"]').count()).toBe(1);
    expect((await snapshot(page))[KEY]).toBe(valid);
    await expect.poll(() => page.locator('input[name="outcome-in-one-sentence"][value="yes"]').isChecked()).toBe(true);
  });

  it('an edit in one tab shows in a second tab without a reload', async () => {
    const { page: first, context } = await session.open(CHECKLIST);
    const second = await context.newPage();
    await second.goto(first.url());
    await islandsHydrated(second);
    await first.locator('input[name="team-ships-on-the-paved-road"][value="no"]').check();
    await expect
      .poll(() => second.locator('input[name="team-ships-on-the-paved-road"][value="no"]').isChecked())
      .toBe(true);
    await second.locator('input[name="team-ships-on-the-paved-road"][value="yes"]').check();
    await expect
      .poll(() => first.locator('input[name="team-ships-on-the-paved-road"][value="yes"]').isChecked())
      .toBe(true);
  });

  it('a v1 value saved by an older version is migrated and shown', async () => {
    const v1 = JSON.stringify({ v: 1, data: { answers: { 'outcome-in-one-sentence': 'yes' } } });
    const { page } = await session.openWith(CHECKLIST, { [KEY]: v1 });
    await expect.poll(() => page.locator('input[name="outcome-in-one-sentence"][value="yes"]').isChecked()).toBe(true);
  });
});

describe.skipIf(!canRunBrowser)('the “your data” page', () => {
  const folder = canRunBrowser ? mkdtempSync(join(tmpdir(), 'tfi-import-')) : '';
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const file = (name: string, content: string) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };
  const goodExport = JSON.stringify({
    app: 'ticket-factory-field-guide',
    version: 1,
    exportedAt: '2026-11-01T10:00:00.000Z',
    tools: { 'health-checklist': JSON.parse(valid) },
  });
  const badFiles: [string, string, RegExp][] = [
    ['not-json.json', 'this is not json', /not JSON/],
    ['too-big.json', `{"pad":"${'x'.repeat(1024 * 1024)}"}`, /never over 1 MiB/],
    ['future.json', goodExport.replace('"version":1', '"version":7'), /newer version/],
    ['unknown-tool.json', goodExport.replace('"health-checklist"', '"astrology"'), /does not know/],
    ['wrong-shape.json', goodExport.replace('"answer":"no"', '"answer":[]'), /expected shape/],
    ['proto.json', goodExport.replace('"exportedAt"', '"__proto__":{"x":1},"exportedAt"'), /__proto__/],
    ['constructor.json', goodExport.replace('"tools"', '"constructor":{},"tools"'), /constructor/],
  ];

  it('lists what is stored per tool', async () => {
    const { page } = await session.openWith('/your-data/', { [KEY]: valid });
    await expect.poll(() => page.locator('tr[data-tool="health-checklist"] [data-count]').textContent()).toBe('1');
  });

  it.each(badFiles)(
    'rejects %s with a message and leaves stored data byte for byte unchanged',
    async (name, content, message) => {
      const { page } = await session.openWith('/your-data/', { [KEY]: valid, 'tfi:theme': 'dark', 'other-site': 'x' });
      await page.locator('tr[data-tool="health-checklist"] [data-count]').filter({ hasText: '1' }).waitFor();
      const before = await snapshot(page);
      await page.locator('[data-import-file]').setInputFiles(file(name, content));
      await page.locator('[data-import-error]').waitFor();
      await expect.poll(() => page.locator('[data-import-error]').textContent()).toMatch(message);
      await expect.poll(() => page.locator('[data-confirm]').count()).toBe(0);
      await expect.poll(() => snapshot(page)).toEqual(before);
    },
  );

  it('imports a valid file only after showing what it replaces', async () => {
    const { page } = await session.openWith('/your-data/', {});
    await page.locator('[data-import-file]').setInputFiles(file('good.json', goodExport));
    await page.locator('[data-confirm="import"]').waitFor();
    await expect
      .poll(() => page.locator('[data-confirm="import"]').textContent())
      .toContain('Alignment Health Checklist: adds 1 saved item.');
    expect((await snapshot(page))[KEY]).toBeUndefined();
    await page.getByRole('button', { name: 'Import and replace' }).click();
    await page.getByText('Imported. The tools now show the imported data.').waitFor();
    // Stored as imported, marked as a replacement so another open tab takes it whole instead of merging into it.
    const { replacedAt, ...stored } = JSON.parse((await snapshot(page))[KEY]!);
    expect(stored).toEqual(JSON.parse(valid));
    expect(Date.parse(replacedAt)).toBeGreaterThan(Date.parse('2026-01-01'));
  });

  it('exports everything as one JSON file that imports again', async () => {
    const { page } = await session.openWith('/your-data/', { [KEY]: valid });
    await page.locator('tr[data-tool="health-checklist"] [data-count]').filter({ hasText: '1' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all data' }).click();
    const exported = JSON.parse(
      await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
    );
    expect(exported).toMatchObject({
      app: 'ticket-factory-field-guide',
      version: 1,
      tools: { 'health-checklist': JSON.parse(valid) },
    });
  });

  it('delete everything, once confirmed, empties this site’s keys and no others', async () => {
    const { page } = await session.openWith('/your-data/', { [KEY]: valid, 'tfi:theme': 'dark', 'other-site': 'keep' });
    await page.locator('tr[data-tool="health-checklist"] [data-count]').filter({ hasText: '1' }).waitFor();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    expect(Object.keys(await snapshot(page))).toContain(KEY);
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => snapshot(page)).toEqual({ 'other-site': 'keep' });
  });
});
