import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { sampleCpuTimes } from '../scripts/lib/machine-load.ts';
import { htmlPages, routeOf } from '../tests/support/dist.ts';
import { axeViolations } from '../tests/support/axe.ts';

const extra = (process.env['EXTRA'] ?? '').split(' ').filter(Boolean);
const server = await serveStatic('dist', '/', { cacheAssets: true });
const routes = htmlPages()
  .filter((f) => f !== '404.html')
  .map(routeOf)
  .slice(0, 40);
const before = sampleCpuTimes()!;
const t0 = performance.now();
const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: [...CHROMIUM_FLAGS, '--disable-site-isolation-trials', ...extra],
});
const tabs = await Promise.all(
  [0, 1].map(async () => (await browser.newContext({ serviceWorkers: 'block' })).newPage()),
);
let i = 0;
await Promise.all(
  tabs.map(async (page) => {
    while (i < routes.length) {
      const route = routes[i++]!;
      await page.goto(new URL(route.slice(1), server.url).href);
      await page.waitForLoadState('networkidle');
      if (process.env['AXE']) await axeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.setViewportSize({ width: 320, height: 640 });
      await page.evaluate(() => document.documentElement.scrollWidth);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.emulateMedia({ colorScheme: 'light' });
    }
  }),
);
const { readdirSync, readFileSync } = await import('node:fs');
const byType: Record<string, number> = {};
for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmd.includes('chromium')) continue;
    const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
    const sub = /--utility-sub-type=([a-zA-Z.]+)/.exec(cmd)?.[1] ?? '';
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const k = type + (sub ? ':' + sub.split('.').pop() : '');
    byType[k] = (byType[k] ?? 0) + (Number(f[11]) + Number(f[12])) / 100;
  } catch {}
}
const u = process.cpuUsage();
console.log(JSON.stringify({ ...byType, node: (u.user + u.system) / 1e6 }));
await browser.close();
const after = sampleCpuTimes()!;
console.log(
  `${extra.join(' ') || '(none)'}: wall ${((performance.now() - t0) / 1000).toFixed(1)} s, cpu ${((after.busy - before.busy) / 100).toFixed(1)} s`,
);
await server.close();
