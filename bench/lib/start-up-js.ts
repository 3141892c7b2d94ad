/**
 * JavaScript a page costs before the visitor does anything, counted as a browser counts it: every script the page
 * fetches from loading until the network is idle with no input (static imports, islands, and whatever an island
 * imports right after hydrating), plus its inline scripts, each gzipped at level 9 like the static count.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export interface StartUpJs {
  /** Gzip bytes of each script fetched, by path. */
  files: { path: string; gzip: number }[];
  /** Gzip bytes of the page's inline scripts, taken together. */
  inlineGzip: number;
  /** Everything: files plus inline. */
  totalGzip: number;
}

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const isScript = (response: Response) =>
  response.request().resourceType() === 'script' || /javascript/.test(response.headers()['content-type'] ?? '');

/**
 * Loads `url` in `page` (prepare its context's storage beforehand for a returning visitor), waits until the islands
 * have hydrated and no request is in flight, and sums what was fetched. No input is ever sent.
 */
export async function measureStartUpJs(page: Page, url: string): Promise<StartUpJs> {
  const responses: Response[] = [];
  let inFlight = 0;
  const idleWaiters: (() => void)[] = [];
  const started = () => (inFlight += 1);
  const finished = () => {
    inFlight -= 1;
    if (inFlight === 0) for (const resolve of idleWaiters.splice(0)) resolve();
  };
  const noneInFlight = () =>
    inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve));
  const responded = (response: Response) => {
    if (isScript(response)) responses.push(response);
  };
  page.on('request', started);
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  page.on('response', responded);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !document.querySelector('[data-island-pending]'));
    // Hydration can set off lazy imports (components a saved state needs), which can set off more: wait for the
    // main thread to go idle with nothing in flight until a round fetches nothing new.
    for (let seen = -1; seen !== responses.length;) {
      seen = responses.length;
      await page.waitForFunction(() => new Promise((resolve) => requestIdleCallback(() => resolve(true))));
      await noneInFlight();
    }
    const inline = await page.evaluate(() =>
      [...document.scripts]
        .filter((script) => !script.src && !/json/.test(script.type))
        .map((script) => script.textContent ?? '')
        .join(''),
    );
    const files = await Promise.all(
      responses.map(async (response) => ({
        path: new URL(response.url()).pathname,
        gzip: gzip(await response.body()),
      })),
    );
    const inlineGzip = inline ? gzip(inline) : 0;
    return { files, inlineGzip, totalGzip: inlineGzip + files.reduce((sum, file) => sum + file.gzip, 0) };
  } finally {
    page.off('request', started);
    page.off('requestfinished', finished);
    page.off('requestfailed', finished);
    page.off('response', responded);
  }
}
