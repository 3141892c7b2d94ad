/**
 * Runs Lighthouse (mobile, its default) against a URL in Debian's Chromium with the offline flags,
 * and keeps only the figures this project reports and budgets.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_PATH, CHROMIUM_FLAGS } from './chromium.ts';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/**
 * The targets `npm run bench` reports every page type against. They are never asserted in `npm test`: scores and
 * timings move with the machine's load, and a test must not.
 */
export const LIGHTHOUSE_MINIMUMS = { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 } as const;
/** Largest Contentful Paint target in Lighthouse's simulated mobile run, milliseconds. */
export const LCP_TARGET_MS = 800;

/** One Lighthouse run in a fresh Chromium; the browser is closed afterwards whatever happens. */
export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: 'error',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
    };
  } finally {
    await chrome.kill();
  }
}

/** Where figures fall short of the targets, as sentences. */
export function lighthouseShortfalls(page: string, figures: LighthouseFigures): string[] {
  const scores = (Object.keys(LIGHTHOUSE_MINIMUMS) as (keyof typeof LIGHTHOUSE_MINIMUMS)[])
    .filter((key) => figures[key] < LIGHTHOUSE_MINIMUMS[key])
    .map((key) => `${page}: ${key} ${figures[key]} is below ${LIGHTHOUSE_MINIMUMS[key]}`);
  const lcp =
    figures.lcp > LCP_TARGET_MS ? [`${page}: LCP ${Math.round(figures.lcp)} ms is over ${LCP_TARGET_MS} ms`] : [];
  return [...scores, ...lcp];
}
