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

/** Launches Chromium; Playwright gives each launch a fresh temporary profile and each context fresh storage. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
}
