import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { canRunBrowser, useBrowserSession } from '../support/browser-session';
import { htmlPages, routeOf } from '../support/dist';

const session = useBrowserSession();
const routes = canRunBrowser ? htmlPages().map((file) => (file === '404.html' ? '/404.html' : routeOf(file))) : [];

describe.skipIf(!canRunBrowser).each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  it.each(routes)('%s has no violations', async (route) => {
    const { page, context } = await session.open(route, { colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    await context.close();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
