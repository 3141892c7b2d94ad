import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../bench/lib/chromium';

export { CHROME_PATH };

/**
 * Whether browser tests can run here. Without Chromium they are skipped with a loud message,
 * except in CI (CI=true), where a missing browser is a failure.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROME_PATH)) return true;
  const message = `No Chromium at ${CHROME_PATH}: install Debian's chromium or set CHROME_PATH.`;
  if (process.env['CI'] === 'true') throw new Error(`${message} CI requires browser tests.`);
  console.warn(`\n⚠️  BROWSER TESTS SKIPPED. ${message}\n`);
  return false;
}

/**
 * The tests serve one origin, 127.0.0.1, so keeping sites in processes of their own protects nothing there. Without
 * its trials, 40 page loads in two tabs cost 20-24 CPU-seconds instead of 27-30; the whole browser project gained
 * less (355 against 363 CPU-seconds, one run each). Lighthouse keeps them: it measures what a reader's browser does.
 */
const CHROMIUM_TEST_FLAGS = [...CHROMIUM_FLAGS, '--disable-site-isolation-trials'];

/** Launches Chromium; Playwright gives each launch a fresh temporary profile and each context fresh storage. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_TEST_FLAGS });
}

let shared: Promise<Browser> | undefined;

/**
 * One Chromium for every browser test file of a run: the browser project's files run one after another in one worker
 * that keeps its modules (vitest.config.ts), and a launch costs about 2.4 CPU-seconds. A browser that has gone away
 * (a crash) is launched again. Playwright ends it when the test process exits.
 */
export async function sharedChromium(): Promise<Browser> {
  const current = await shared?.catch(() => undefined);
  if (!current?.isConnected()) shared = launchChromium();
  return shared!;
}
