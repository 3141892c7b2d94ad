/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects: `unit` (pure lib and stores, fast), `site` (checks over the built dist/) and `browser`
 * (real Chromium against dist/ served on 127.0.0.1). `npm test` builds first, then runs all three.
 *
 * Nothing here depends on the machine's speed: no assertion reads a clock, browser tests wait on what a person
 * waits on (`expect.poll`, auto-waiting locators), and timeouts are only there to end a hung run.
 */
export default getViteConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // A test that asserts nothing fails; a polled expectation gets time enough on a busy machine.
    expect: { requireAssertions: true, poll: { timeout: 15_000, interval: 50 } },
    projects: [
      // Timeouts only end a hung run: property tests of 10,000 cases take a second alone and many on a loaded machine.
      // Unit and site tests touch no global (no stubs, no fake timers; storage is a fake passed in), so their files
      // share one module graph per worker instead of importing it again each, and the site tests share parsed pages:
      // unit 44 → 26 CPU-seconds, site 41 → 32.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 120_000,
          // A hook may build or sync a copy of the project (front-matter-errors): on a busy machine, well over 10 s.
          hookTimeout: 120_000,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One test file at a time on two cores; within a file, concurrent tests share it two at a time. The files
          // share one module graph, and so one Chromium (sharedChromium): a launch costs about 2.4 CPU-seconds.
          fileParallelism: false,
          isolate: false,
          maxConcurrency: 2,
        },
      },
    ],
  },
});
