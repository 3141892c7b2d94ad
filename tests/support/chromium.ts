import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or CHROME_PATH. Browsers are never downloaded. */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** Flags that keep Chromium offline and quiet: every request may go to 127.0.0.1 only. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

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
