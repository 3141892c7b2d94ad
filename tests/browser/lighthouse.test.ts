import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lighthouseShortfalls, runLighthouse } from '../../scripts/lib/lighthouse';
import { representativePages } from '../../scripts/lib/page-types';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { canRunBrowser } from '../support/browser-session';
import { DIST, requireDist } from '../support/dist';

let server: StaticServer | undefined;
beforeAll(async () => {
  if (!canRunBrowser) return;
  requireDist();
  server = await serveStatic(DIST);
});
afterAll(() => server?.close());

const pages = canRunBrowser ? representativePages(DIST) : [];

describe.skipIf(!canRunBrowser)('Lighthouse, mobile, one run per page type', () => {
  it.each(pages)('$type ($route) scores ≥ 95 performance and 100 elsewhere', async ({ route }) => {
    const figures = await runLighthouse(new URL(route.slice(1), server!.url).href);
    console.log(`Lighthouse ${route}: ${JSON.stringify(figures)}`);
    expect(lighthouseShortfalls(route, figures)).toEqual([]);
  }, 120_000);
});
