import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe on a page, as one violation line each (`rule: targets`), empty when it finds nothing. Legacy mode runs axe in
 * the page itself instead of opening a blank page to gather results: two to three times faster, and the site has no
 * cross-origin frame that only the other mode could reach (its CSP allows none).
 */
export async function axeViolations(page: Page, { rules, include }: { rules?: string[]; include?: string } = {}) {
  let builder = new AxeBuilder({ page }).setLegacyMode();
  if (rules) builder = builder.withRules(rules);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
