/**
 * `npm run bench`: builds the site, serves dist/ on 127.0.0.1 and measures one page of each type —
 * Lighthouse mobile (median of 5 runs, `--runs=N` for another count), gzip bytes, and the JavaScript a returning
 * user's browser fetches before any input — then prints a Markdown table, any figure short of the targets, and
 * writes JSON to bench-results/.
 * Timings live here and never in `npm test`: they move with the machine's load.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { lighthouseShortfalls, runLighthouse, type LighthouseFigures } from './lib/lighthouse.ts';
import { representativePages } from './lib/page-types.ts';
import {
  BUDGETS,
  DESKTOP_VIEWPORT,
  PHONE_VIEWPORT,
  isToolType,
  kib,
  measurePage,
  pageTypeOf,
} from './lib/page-weight.ts';
import { seedReturningUser } from './lib/returning-user.ts';
import { machineLine, median } from './lib/report.ts';
import { measureStartUpJs } from './lib/start-up-js.ts';
import { serveStatic } from './lib/static-server.ts';
import { writeFloorPage } from './lib/floor-page.ts';
import { cliFlag } from './lib/cli-flag.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
/**
 * Lighthouse runs per page. Five, as Lighthouse's own guidance on variability advises: on this 2-core machine one
 * run of the same bytes moves LCP by 150-250 ms. The runs go in rounds over every page, the floor included, so a
 * busy minute lands on one run of many pages rather than on every run of one.
 */
const RUNS = Number(cliFlag('runs') ?? 5);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a whole number above 0, not ${RUNS}`);

if (!process.argv.includes('--no-build')) {
  console.log('Building…');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

const floorServer = await serveStatic(writeFloorPage(DIST));
const server = await serveStatic(DIST);
const pages = representativePages(DIST);
const urlOf = (route: string) => new URL(route.slice(1), server.url).href;
const runsOf = new Map<string, LighthouseFigures[]>();
try {
  for (let round = 1; round <= RUNS; round += 1) {
    for (const url of [floorServer.url, ...pages.map((page) => urlOf(page.route))]) {
      runsOf.set(url, [...(runsOf.get(url) ?? []), await runLighthouse(url)]);
    }
    console.error(`Lighthouse round ${round} of ${RUNS} done`);
  }
} finally {
  await floorServer.close();
}
const floorMs = Math.round(median(runsOf.get(floorServer.url)!.map((run) => run.lcp)));
console.error(`measured the LCP floor: ${floorMs} ms`);

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
const rows = [];
const shortfalls: string[] = [];
try {
  for (const { type, file, route } of pages) {
    const url = urlOf(route);
    const runs = runsOf.get(url)!;
    const pick = (key: keyof LighthouseFigures) => median(runs.map((run) => run[key]));
    const medians = Object.fromEntries(Object.keys(runs[0]!).map((key) => [key, pick(key as keyof LighthouseFigures)]));
    shortfalls.push(...lighthouseShortfalls(route, medians as unknown as LighthouseFigures));
    const weight = measurePage(DIST, file);
    // A returning user's JS before the first input, on the phone Lighthouse emulates and on a desktop (more of a
    // tool is in view there, and parts that load as they come into view load with the page).
    const beforeInput = async (viewport: { width: number; height: number }) => {
      const context = await browser.newContext({ viewport });
      await seedReturningUser(context);
      const measured = await measureStartUpJs(await context.newPage(), url);
      await context.close();
      return measured.totalGzip;
    };
    const phoneJs = await beforeInput(PHONE_VIEWPORT);
    const desktopJs = await beforeInput(DESKTOP_VIEWPORT);
    if (isToolType(pageTypeOf(file)) && phoneJs > BUDGETS.toolJsStartGzip)
      shortfalls.push(`${route}: ${kib(phoneJs)} of JS before input on a phone, over ${kib(BUDGETS.toolJsStartGzip)}`);
    rows.push({
      type,
      route,
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      seo: pick('seo'),
      fcpMs: Math.round(pick('fcp')),
      lcpMs: Math.round(pick('lcp')),
      tbtMs: Math.round(pick('tbt')),
      cls: pick('cls'),
      htmlGzip: weight.htmlGzip,
      htmlBrotli: weight.htmlBrotli,
      cssGzip: weight.cssGzip,
      jsBeforeInputGzip: phoneJs,
      jsBeforeInputDesktopGzip: desktopJs,
      jsInteractionGzip: weight.jsInteractionGzip,
    });
    console.error(`measured ${route}`);
  }
} finally {
  await browser.close();
  await server.close();
}

const machine = machineLine();
const date = new Date().toISOString();
const table = [
  '| page type | route | perf | a11y | best pr. | SEO | FCP | LCP | over floor | TBT | CLS | HTML | HTML (br) | CSS | JS before input (phone / desktop) | JS on interaction |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.type} | ${r.route} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.fcpMs} ms | ${r.lcpMs} ms | +${r.lcpMs - floorMs} ms | ${r.tbtMs} ms | ${r.cls.toFixed(3)} | ${kib(r.htmlGzip)} | ${kib(r.htmlBrotli)} | ${kib(r.cssGzip)} | ${kib(r.jsBeforeInputGzip)} / ${kib(r.jsBeforeInputDesktopGzip)} | ${kib(r.jsInteractionGzip)} |`,
  ),
].join('\n');

console.log(`\nLighthouse mobile, median of ${RUNS} runs; bytes are gzip. ${date.slice(0, 10)}, ${machine}.\n`);
console.log(table);
console.log(
  `\nLCP floor (a bare page with the home page's heading and first paragraph, served the same way): ${floorMs} ms.`,
);
console.log(
  shortfalls.length ? `\nShort of the targets:\n- ${shortfalls.join('\n- ')}` : '\nEvery page type meets the targets.',
);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const out = join(ROOT, 'bench-results', `bench-${date.replace(/[:.]/g, '-')}.json`);
writeFileSync(out, JSON.stringify({ date, machine, runs: RUNS, floorLcpMs: floorMs, rows }, null, 2));
console.log(`\nWrote ${out}`);
