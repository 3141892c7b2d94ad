/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

/** Micro-benchmarks of pure logic (`npm run bench:scoring`); kept apart from the test projects. */
export default defineConfig({
  test: { include: ['bench/**/*.bench.ts'] },
});
