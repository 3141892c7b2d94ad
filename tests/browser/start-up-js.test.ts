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
import { useTabs } from '../support/tab-pool';
import { DIST, htmlPages } from '../support/dist';
import { seedReturningUser } from '../../bench/lib/returning-user';

const session = useBrowserSession();
const files = canRunBrowser ? htmlPages() : [];
const toolPages = files.filter((file) => isToolType(pageTypeOf(file)));
const contentPages = canRunBrowser
  ? representativePages(DIST)
      .filter(({ file }) => !isToolType(pageTypeOf(file)))
      .map(({ file }) => file)
  : [];
const routeOf = (file: string) => (file === '404.html' ? '404.html' : file.replace(/index\.html$/, ''));

/** Two tabs where every page starts with a returning user's saved data for every tool. */
const tabs = useTabs(session, 2, seedReturningUser);

/** JavaScript fetched before the first input, loading `file` in a borrowed tab at `viewport`. */
const startUpJs = (file: string, viewport: { width: number; height: number } = DESKTOP_VIEWPORT) =>
  tabs.borrow(async ({ page }) => {
    await page.setViewportSize(viewport);
    return measureStartUpJs(page, new URL(routeOf(file), session.baseUrl).href);
  });

describe.skipIf(!canRunBrowser)('JavaScript before the first input, as the browser fetches it', () => {
  // Parts of a tool below the fold load when they come into view (`Deferred`), so the count depends on the screen:
  // the budget is counted on a phone, as in Lighthouse's mobile run, and a desktop has a budget of its own.
  const screens = [
    { screen: 'a phone', viewport: PHONE_VIEWPORT, budget: BUDGETS.toolJsStartGzip },
    { screen: 'a desktop', viewport: DESKTOP_VIEWPORT, budget: BUDGETS.toolJsStartDesktopGzip },
  ];
  const cases = toolPages.flatMap((file) => screens.map((screen) => ({ file, ...screen })));

  // Each case has a tab of its own while it runs and counts bytes, not time: two run side by side.
  it.concurrent.for(cases)(
    'tool page $file, for a returning user on $screen, stays within its budget',
    async ({ file, viewport, budget }, { expect }) => {
      const measured = await startUpJs(file, viewport);
      const staticCount = measurePage(DIST, file).jsStartGzip;
      console.log(
        `${file} at ${viewport.width}×${viewport.height}: ${kib(measured.totalGzip)} (${measured.totalGzip} B) before input ` +
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
      const measured = await startUpJs(file);
      expect(measured.files.filter((f) => /preact|signals|nanostores|\/tool-|client\.[\w-]+\.js/.test(f.path))).toEqual(
        [],
      );
    },
  );
});
