import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser build, read once per test file. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe on a page, as one violation line each (`rule: targets`), empty when it finds nothing.
 *
 * axe is put into the page once per document (through the DevTools protocol, which the site's CSP does not govern) and
 * asked for violations only: shipping its 570 kB source and every passing node across on each call cost four times
 * the CPU of the check itself. The site has no frame for axe to reach into (its CSP allows none).
 */
export async function axeViolations(page: Page, { rules, include }: { rules?: string[]; include?: string } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ rules, include }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(include ? { include: [include] } : document, {
        resultTypes: ['violations'],
        ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
      });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { rules, include },
  );
}

/** The axe rules whose verdict can change with the theme: text contrast and links told apart by color alone. */
export const COLOR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * `check` on the page in the light theme, then in the dark one, on one load: the site's colors follow the system
 * preference live, as when a reader switches; then back to light. `switched` says the page's colors really changed in
 * between, so a dark verdict is not the light one read twice.
 */
export async function inBothThemes<T>(page: Page, check: (theme: 'light' | 'dark') => Promise<T>) {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const lightBackground = await background();
  const light = await check('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  const switched = (await background()) !== lightBackground;
  const dark = await check('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  return { light, dark, switched };
}

/** axe on a page in both themes (`inBothThemes`): every rule in the light theme, the color rules in the dark one. */
export const axeInBothThemes = (page: Page) =>
  inBothThemes(page, (theme) => axeViolations(page, theme === 'dark' ? { rules: COLOR_RULES } : {}));
