import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../bench/lib/static-server';
import { canRunBrowser, islandsHydrated, useBrowserSession } from '../support/browser-session';
import { DIST } from '../support/dist';

const session = useBrowserSession();

/** Every page the sitemap lists, as paths. */
const sitemapPaths = () =>
  [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc]) => new URL(loc!).pathname,
  );

/**
 * One page of each layout: each section's index (`/constraints/`, …), the first page inside each, and every tool
 * (each has code of its own).
 */
const onePageOfEachKind = (paths: string[]) => {
  const kinds = new Map<string, string>();
  for (const path of paths) {
    const parts = path.split('/').slice(1, -1);
    const kind = parts[0] === 'tools' ? path : parts.map((part, i) => (i === 0 ? part : '*')).join('/');
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
};

/** Waits until the guide's service worker controls the page (it claims the page on its first install). */
/** The tests here are about the service worker, which other tests' pages run without. */
const OFFLINE = { serviceWorkers: 'allow' } as const;
const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

/**
 * A first visit in a fresh browser profile with the offline worker allowed, counting every response, the worker's
 * included, by its bytes on the wire. The page's own clock is fake, so "its first 30 s" passes at once: anything a
 * timer would fetch later is fetched within the count. `saveData` sets the Save-Data header and
 * `navigator.connection.saveData`, as a browser's data saver does.
 */
async function firstVisit(path: string, { saveData }: { saveData: boolean }) {
  const context = await session.browser.newContext({
    ...OFFLINE,
    ...(saveData ? { extraHTTPHeaders: { 'Save-Data': 'on' } } : {}),
  });
  const page = await context.newPage();
  if (saveData)
    await (await context.newCDPSession(page)).send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  const fetched: { url: string; bytes: number; byWorker: boolean; beforeLoad: boolean }[] = [];
  let loaded = false;
  let started = 0;
  let inFlight = 0;
  const counting: Promise<void>[] = [];
  context.on('request', () => ((started += 1), (inFlight += 1)));
  context.on('requestfailed', () => (inFlight -= 1));
  context.on('requestfinished', (request) => {
    inFlight -= 1;
    const beforeLoad = !loaded;
    counting.push(
      request.sizes().then((sizes) => {
        fetched.push({
          url: request.url(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          byWorker: request.serviceWorker() !== null,
          beforeLoad,
        });
      }),
    );
  });
  await page.clock.install();
  const settle = async () => {
    await islandsHydrated(page);
    await page.waitForLoadState('networkidle');
    await page.clock.runFor(30_000);
    // Until a second of page time passes with nothing started and nothing in flight: what the timers set off is in.
    for (let seen = -1; seen !== started;) {
      seen = started;
      await expect.poll(() => inFlight).toBe(0);
      await page.clock.runFor(1_000);
    }
    await Promise.all(counting);
  };
  await page.goto(new URL(path.slice(1), session.baseUrl).href);
  loaded = true;
  await settle();
  const opened = new Set([new URL(path, session.baseUrl).href]);
  page.on('framenavigated', (frame) => frame === page.mainFrame() && opened.add(frame.url()));
  /** What the visit fetched beyond the pages the reader opened and what they need. */
  const extraFetched = async () => ({
    workers: await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)),
    caches: await page.evaluate(() => caches.keys()),
    // The worker's own fetches, and what sets it up: its script, the code that registers it, the list of pages.
    offlineRequests: fetched
      .filter((f) => f.byWorker || /\/(sw\.js|offline\.json|[^/]*offline-(?:kit|worker)[^/]*\.js)$/.test(f.url))
      .map((f) => f.url),
    otherPages: fetched.filter((f) => f.url.endsWith('/') && !opened.has(f.url)).map((f) => f.url),
  });
  const sum = (files: typeof fetched) => files.reduce((total, f) => total + f.bytes, 0);
  return {
    page,
    settle,
    extraFetched,
    extra: await extraFetched(),
    /** What showing the page took: the document and everything it loaded before its load event. */
    pageBytes: sum(fetched.filter((f) => f.beforeLoad)),
    totalBytes: sum(fetched),
    close: () => context.close(),
  };
}

describe.skipIf(!canRunBrowser)('the guide offline', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('keeps the whole guide on request, pressed at once on a first visit: offline as soon as it says so, every page is kept and one of each kind opens, search answers, a tool saves and reloads', async () => {
    const { page, context } = await session.open('/', OFFLINE);
    // At once: the service worker may still be installing; "kept" must wait for it.
    await page.getByRole('button', { name: 'Keep the whole guide offline' }).click();
    const paths = sitemapPaths();
    await expect
      .poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 60_000 })
      .toMatch(new RegExp(`^The whole guide is kept offline: ${paths.length} pages and search, [\\d.]+ (KiB|MiB)\\.$`));

    await context.setOffline(true);
    // Every page is in the copy the worker serves pages from, whole (one h1 each)…
    const urls = paths.map((path) => new URL(path.slice(1), session.baseUrl).href);
    const kept = await page.evaluate(
      (all) =>
        Promise.all(
          all.map(async (url) => {
            const hit = await caches.match(url, { cacheName: 'guide-pages', ignoreSearch: true });
            return { url, headings: ((await hit?.text()) ?? '').match(/<h1[\s>]/g)?.length ?? 0 };
          }),
        ),
      urls,
    );
    expect(kept).toEqual(urls.map((url) => ({ url, headings: 1 })));
    // …and a page of each kind, with its styles and scripts, opens from it with the network off.
    for (const path of onePageOfEachKind(paths)) {
      const response = await page.goto(new URL(path.slice(1), session.baseUrl).href);
      await islandsHydrated(page);
      expect({ path, ok: response?.ok(), headings: await page.locator('h1').count() }).toEqual({
        path,
        ok: true,
        headings: 1,
      });
    }
    await page.goto(new URL('search/?q=semmelweis', session.baseUrl).href);
    await page.locator('main .result-title').first().waitFor();
    expect(await page.locator('main .result-title').allTextContents()).toContain('Ticket Factory to Impact');

    await page.goto(new URL('tools/health-checklist/', session.baseUrl).href);
    await islandsHydrated(page);
    await page.locator('input[name="outcome-in-one-sentence"][value="yes"]').check();
    await page.reload();
    await islandsHydrated(page);
    expect(await page.locator('input[name="outcome-in-one-sentence"][value="yes"]').isChecked()).toBe(true);
  });

  it('a first visit to a constraint page fetches that page and nothing more in its first 30 s, with or without Save-Data', async () => {
    for (const saveData of [false, true]) {
      const visit = await firstVisit('/constraints/social-stasis/', { saveData });
      expect({ saveData, ...visit.extra, withinBudget: visit.totalBytes <= 3 * visit.pageBytes }).toEqual({
        saveData,
        workers: 0,
        caches: [],
        offlineRequests: [],
        otherPages: [],
        withinBudget: true,
      });
      await visit.close();
    }
  });

  it('a second page sets the offline copy up: then the tools, the essay, the appendices and both pages open offline', async () => {
    const { page, context } = await session.open('/guardrails/', OFFLINE);
    await islandsHydrated(page);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    await page.getByRole('link', { name: 'Constraints', exact: true }).first().click();
    await page.waitForURL(/\/constraints\/$/);
    await controlled(page);
    // Both pages, kept by requests of their own once the worker is ready: on a busy machine that takes a moment.
    // Polled from here: waitForFunction takes a promise for a truthy answer and does not ask again.
    for (const path of ['guardrails/', 'constraints/'])
      await expect
        .poll(() =>
          page.evaluate(
            (url) => caches.open('guide-pages').then((cache) => cache.match(url).then((hit) => hit !== undefined)),
            new URL(path, session.baseUrl).href,
          ),
        )
        .toBe(true);
    await context.setOffline(true);
    for (const path of [
      '/tools/diagnostic/',
      '/tools/impact-chain-canvas/',
      '/essay/ticket-factory-to-impact/',
      '/guardrails/',
    ]) {
      const response = await page.goto(new URL(path.slice(1), session.baseUrl).href);
      expect({ path, ok: response?.ok() }).toEqual({ path, ok: true });
      await islandsHydrated(page);
    }
  });

  it('a tool, once used (here by keyboard alone), sets the offline copy up: the app manifest is linked with icons that exist, and the tool opens, saves and reloads without a network', async () => {
    const { page, context } = await session.open('/tools/health-checklist/', OFFLINE);
    const workers = () => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
    // Opened and not yet used, it has fetched nothing beyond itself.
    expect(await workers()).toBe(0);
    // Not in the HTML: a manifest linked there is fetched before the page paints.
    expect(readFileSync(join(DIST, 'tools/health-checklist/index.html'), 'utf8')).not.toContain('rel="manifest"');
    // An answer chosen with the space bar.
    await page.locator('input[name="outcome-in-one-sentence"][value="yes"]').focus();
    await page.keyboard.press('Space');
    await controlled(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate((url) => fetch(url!).then((r) => r.json()), href);
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', scope: '/' });
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const response = await page.request.get(new URL(icon.src.slice(1), session.baseUrl).href);
      expect({ icon: icon.sizes, type: response.headers()['content-type'] }).toEqual({
        icon: icon.sizes,
        type: 'image/png',
      });
    }
    expect((manifest.icons as { sizes: string }[]).map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.reload();
    await islandsHydrated(page);
    expect(await page.locator('input[name="outcome-in-one-sentence"][value="yes"]').isChecked()).toBe(true);
    await page.locator('input[name="outcome-in-one-sentence"][value="no"]').check();
    await page.reload();
    await islandsHydrated(page);
    expect(await page.locator('input[name="outcome-in-one-sentence"][value="no"]').isChecked()).toBe(true);
  });

  it('under Save-Data, a second page and a tool in use fetch nothing extra either', async () => {
    const visit = await firstVisit('/guardrails/', { saveData: true });
    await visit.page.getByRole('link', { name: 'Constraints', exact: true }).first().click();
    await visit.page.waitForURL(/\/constraints\/$/);
    await visit.settle();
    await visit.page.goto(new URL('tools/health-checklist/', session.baseUrl).href);
    await islandsHydrated(visit.page);
    await visit.page.locator('input[name="outcome-in-one-sentence"][value="yes"]').check();
    await visit.settle();
    expect(await visit.extraFetched()).toEqual({ workers: 0, caches: [], offlineRequests: [], otherPages: [] });
    await visit.close();
  });

  it('says nothing is kept, and offers to try again, when the offline worker cannot install', async () => {
    // A deploy that lost one of the files the worker keeps: its install fails, as it does when the network drops.
    const copy = mkdtempSync(join(tmpdir(), 'guide-broken-'));
    copies.push(copy);
    cpSync(DIST, copy, { recursive: true });
    for (const suffix of ['', '.br', '.gz']) rmSync(join(copy, `search/index.html${suffix}`), { force: true });
    const server = await serveStatic(copy);
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await islandsHydrated(page);
      const keep = page.getByRole('button', { name: 'Keep the whole guide offline' });
      await keep.click();
      const status = page.locator('[data-offline-status]');
      await expect
        .poll(() => status.textContent(), { timeout: 60_000 })
        .toMatch(/^Nothing is kept offline yet: this browser could not install the guide’s offline worker/);
      expect(await keep.isEnabled()).toBe(true);
      // Nothing was fetched into a copy that no worker could serve.
      expect(await page.evaluate(() => caches.keys())).not.toContain('guide-pages');
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('offers a new deploy without forcing it: the notice appears, the edit in progress stays, reload on request', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'guide-deploy-'));
    copies.push(copy);
    cpSync(DIST, copy, { recursive: true });
    const server = await serveStatic(copy);
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}tools/impact-chain-canvas/`);
      await islandsHydrated(page);
      await page.getByRole('button', { name: 'New canvas' }).click();
      await controlled(page);
      const name = page.getByLabel('Initiative', { exact: true });
      await name.fill('Faster checkout');
      // A new build is deployed: its service worker differs (the precompressed copies go, as a new build's would).
      appendFileSync(join(copy, 'sw.js'), '\n// the next deploy\n');
      rmSync(join(copy, 'sw.js.br'), { force: true });
      rmSync(join(copy, 'sw.js.gz'), { force: true });
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const notice = page.locator('[data-update-notice]');
      await notice.waitFor({ state: 'visible' });
      expect(await notice.textContent()).toContain('A newer version of the guide is available.');
      expect(await name.inputValue()).toBe('Faster checkout');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('canvas-name');

      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload to update' }).click()]);
      await islandsHydrated(page);
      expect(await page.getByLabel('Initiative', { exact: true }).inputValue()).toBe('Faster checkout');
      expect(await page.locator('[data-update-notice]').isVisible()).toBe(false);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
