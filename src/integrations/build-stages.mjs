// @ts-check
import { STAGE_TIMES_KEY } from '../lib/build-stage-time.ts';

/**
 * @typedef {{ name: string, ms: number, rssMiB?: number }} Stage
 */

/**
 * Where a build's time goes, stage by stage, logged at its end as one line per stage,
 * `stage <name>: <ms> ms, <MiB> MiB resident`, which `npm run bench:scale` reads into its table:
 * - before the build: loading the config and syncing the content;
 * - bundling and rendering the pages, and within it the link-preview cards (pages of the build too);
 * - each integration's work on the finished pages, in the order they run (`timed` wraps each one).
 * Memory is the process's resident size when the stage ends; the bench measures the peak apart.
 * @param {import('astro').AstroIntegration[]} integrations those whose `astro:build:done` is timed
 * @returns {import('astro').AstroIntegration[]}
 */
export function withBuildStages(integrations) {
  /** @type {Stage[]} */
  const stages = [];
  let mark = 0;
  const record = (/** @type {string} */ name, /** @type {number} */ ms) =>
    stages.push({ name, ms: Math.round(ms), rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20) });
  const timed = integrations.map((integration) => {
    const done = integration.hooks['astro:build:done'];
    if (!done) return integration;
    return {
      ...integration,
      hooks: {
        ...integration.hooks,
        'astro:build:done': async (/** @type {any} */ options) => {
          const started = performance.now();
          await done(options);
          record(integration.name, performance.now() - started);
        },
      },
    };
  });
  /** @type {import('astro').AstroIntegration} */
  const first = {
    name: 'field-guide:build-stages-start',
    hooks: {
      'astro:build:start': () => {
        mark = performance.now();
        record('before the build (config, content)', mark);
      },
      'astro:build:generated': () => {
        record('bundle and render the pages', performance.now() - mark);
        const parts = /** @type {Map<string, number> | undefined} */ (
          /** @type {any} */ (globalThis)[Symbol.for(STAGE_TIMES_KEY)]
        );
        // By name: the parts are counted in whatever order they first ran, and the log should read the same each time.
        for (const [part, ms] of [...(parts ?? [])].sort(([a], [b]) => a.localeCompare(b, 'en')))
          stages.push({ name: `  of which ${part}`, ms: Math.round(ms) });
      },
    },
  };
  /** @type {import('astro').AstroIntegration} */
  const last = {
    name: 'field-guide:build-stages',
    hooks: {
      'astro:build:done': ({ logger }) => {
        for (const { name, ms, rssMiB } of stages) {
          logger.info(`stage ${name}: ${ms} ms${rssMiB === undefined ? '' : `, ${rssMiB} MiB resident`}`);
        }
      },
    },
  };
  return [first, ...timed, last];
}
