import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { withBuildStages } from '../../src/integrations/build-stages.mjs';
import { addStageTime } from '../../src/lib/build-stage-time';

type Hook = (options?: unknown) => unknown;
const hook = (integration: AstroIntegration, name: string) =>
  (integration.hooks as Record<string, Hook | undefined>)[name];

describe('the build’s stage log', () => {
  it('times each integration’s work on the finished pages, and logs every stage in order at the end', async () => {
    const ran: string[] = [];
    const integrations: AstroIntegration[] = [
      { name: 'first', hooks: { 'astro:build:done': async () => void ran.push('first') } },
      { name: 'no-done-hook', hooks: {} },
      { name: 'second', hooks: { 'astro:build:done': () => void ran.push('second') } },
    ];
    const staged = withBuildStages(integrations);
    expect(staged.map((i) => i.name)).toEqual([
      'field-guide:build-stages-start',
      'first',
      'no-done-hook',
      'second',
      'field-guide:build-stages',
    ]);
    // A part that first ran before the cards is still logged after them: the parts are logged by name.
    addStageTime('search index', 0, 5);
    // Two cards drawn side by side (0–30 ms and 10–40 ms), then one alone (50–52 ms): 42 ms of wall time.
    addStageTime('link-preview cards', 0, 30);
    addStageTime('link-preview cards', 10, 40);
    addStageTime('link-preview cards', 50, 52);
    await hook(staged[0]!, 'astro:build:start')?.();
    await hook(staged[0]!, 'astro:build:generated')?.();
    for (const integration of staged.slice(1, 4)) await hook(integration, 'astro:build:done')?.({});
    const lines: string[] = [];
    await hook(staged[4]!, 'astro:build:done')?.({ logger: { info: (line: string) => lines.push(line) } });

    expect(ran).toEqual(['first', 'second']);
    const stage = /^stage (.+): \d+ ms, \d+ MiB resident$/;
    expect(lines.map((line) => stage.exec(line)?.[1] ?? line)).toEqual([
      'before the build (config, content)',
      'bundle and render the pages',
      'stage   of which link-preview cards: 42 ms',
      'stage   of which search index: 5 ms',
      'first',
      'second',
    ]);
  });
});
