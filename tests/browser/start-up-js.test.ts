import { describe, it } from 'vitest';
import {
  BUDGETS,
  DESKTOP_VIEWPORT,
  PHONE_VIEWPORT,
  isToolType,
  kib,
  measurePage,
  pageTypeOf,
} from '../../bench/lib/page-weight';
import { representativePages } from '../../bench/lib/page-types';
import { measureStartUpJs } from '../../bench/lib/start-up-js';
import { canRunBrowser, useBrowserSession } from '../support/browser-session';
import { DIST, htmlPages } from '../support/dist';
import { returningUserStorage } from '../../bench/lib/returning-user';

const session = useBrowserSession();
const files = canRunBrowser ? htmlPages() : [];
const toolPages = files.filter((file) => isToolType(pageTypeOf(file)));
const contentPages = canRunBrowser
  ? representativePages(DIST)
      .filter(({ file }) => !isToolType(pageTypeOf(file)))
      .map(({ file }) => file)
  : [];
const routeOf = (file: string) => (file === '404.html' ? '404.html' : file.replace(/index\.html$/, ''));

/** A fresh context whose storage holds a returning user's saved data for every tool. */
async function returningUser(viewport: { width: number; height: number } = DESKTOP_VIEWPORT) {
  const context = await session.browser.newContext({ viewport });
  // Each context loads one page once, so seeding on every document start writes the data exactly once.
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, returningUserStorage());
  return context;
}

describe.skipIf(!canRunBrowser)('JavaScript before the first input, as the browser fetches it', () => {
  // Parts of a tool below the fold load when they come into view (`Deferred`), so the count depends on the screen:
  // the budget is counted on a phone, as in Lighthouse's mobile run, and a desktop has a budget of its own.
  const screens = [
    { screen: 'a phone', viewport: PHONE_VIEWPORT, budget: BUDGETS.toolJsStartGzip },
    { screen: 'a desktop', viewport: DESKTOP_VIEWPORT, budget: BUDGETS.toolJsStartDesktopGzip },
  ];
  const cases = toolPages.flatMap((file) => screens.map((screen) => ({ file, ...screen })));

  // Each case has a browser context of its own and counts bytes, not time: two run side by side.
  it.concurrent.for(cases)(
    'tool page $file, for a returning user on $screen, stays within its budget',
    async ({ file, viewport, budget }, { expect }) => {
      const context = await returningUser(viewport);
      const measured = await measureStartUpJs(context, new URL(routeOf(file), session.baseUrl).href);
      await context.close();
      const staticCount = measurePage(DIST, file).jsStartGzip;
      console.log(
        `${file} at ${viewport.width}×${viewport.height}: ${kib(measured.totalGzip)} before input ` +
          `(static imports alone: ${kib(staticCount)}); ` +
          measured.files.map((f) => `${f.path} ${kib(f.gzip)}`).join(', '),
      );
      // Cross-check: the browser fetches at least what following static imports finds.
      expect(measured.totalGzip).toBeGreaterThanOrEqual(staticCount);
      expect({ file, startUpJs: kib(measured.totalGzip), over: measured.totalGzip > budget }).toEqual({
        file,
        startUpJs: kib(measured.totalGzip),
        over: false,
      });
    },
  );

  it.concurrent.for(contentPages)(
    'content page %s fetches no framework code before input',
    async (file, { expect }) => {
      const context = await returningUser();
      const measured = await measureStartUpJs(context, new URL(routeOf(file), session.baseUrl).href);
      await context.close();
      expect(measured.files.filter((f) => /preact|signals|nanostores|\/tool-|client\.[\w-]+\.js/.test(f.path))).toEqual(
        [],
      );
    },
  );
});
