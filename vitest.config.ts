/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects: `unit` (pure lib and stores, fast), `site` (checks over the built dist/) and `browser`
 * (real Chromium against dist/ served on 127.0.0.1). `npm test` builds first, then runs all three.
 */
export default getViteConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
