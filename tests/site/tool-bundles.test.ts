import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages, page, requireDist } from '../support/dist';

beforeAll(requireDist);

const ASSETS = join(DIST, '_astro');
const toolPages = () => htmlPages().filter((file) => page(file).querySelector('[data-island]'));
const heldScripts = (file: string) =>
  page(file)
    .querySelectorAll('template[data-after-first-paint]')
    .map((t) => t.getAttribute('data-after-first-paint') ?? '')
    .filter((url) => url.endsWith('.js'));
const staticImports = (code: string) =>
  [...code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"`(]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g)].map((m) => m[1]!);
const dynamicImports = (code: string) =>
  [...code.matchAll(/import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);

describe('one script file per tool page (src/integrations/tool-bundles.mjs)', () => {
  it('finds the six tool pages', () => {
    expect(toolPages().length).toBe(6);
  });

  it.each(toolPages())('%s holds one script, named for its tool, that imports nothing before it runs', (file) => {
    const island = page(file).querySelector('[data-island]')!.getAttribute('data-island');
    const scripts = heldScripts(file);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(new RegExp(`/_astro/tool-${island}\\.[\\w-]+\\.js$`));
    const code = readFileSync(join(ASSETS, scripts[0]!.split('/').pop()!), 'utf8');
    expect(staticImports(code)).toEqual([]);
  });

  it.each(toolPages())('%s: what its tool loads on demand is its own, and comes back only to its script', (file) => {
    const island = page(file).querySelector('[data-island]')!.getAttribute('data-island')!;
    const entry = heldScripts(file)[0]!.split('/').pop()!;
    const seen = new Set<string>();
    const queue = dynamicImports(readFileSync(join(ASSETS, entry), 'utf8'));
    expect(queue.length).toBeGreaterThan(0);
    while (queue.length > 0) {
      const chunk = queue.shift()!;
      if (seen.has(chunk)) continue;
      seen.add(chunk);
      expect(chunk.startsWith(`tool-${island}-`), chunk).toBe(true);
      const code = readFileSync(join(ASSETS, chunk), 'utf8');
      // One copy of Preact and of the stores per page: lazy chunks import the page's script, never another copy.
      for (const imported of staticImports(code))
        expect(imported === entry || imported.startsWith(`tool-${island}-`), `${chunk} imports ${imported}`).toBe(true);
      queue.push(...dynamicImports(code), ...staticImports(code).filter((c) => c !== entry));
    }
  });

  it('leaves no script that no page can load (the chunks the tool bundles were made from are gone)', () => {
    const reachable = new Set<string>();
    const queue = htmlPages().flatMap((file) =>
      [
        ...readFileSync(join(DIST, file), 'utf8').matchAll(
          /(?:src|href|data-after-first-paint)="[^"]*\/_astro\/([^"/]+\.js)"/g,
        ),
      ].map((m) => m[1]!),
    );
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (reachable.has(file)) continue;
      reachable.add(file);
      const code = readFileSync(join(ASSETS, file), 'utf8');
      queue.push(...staticImports(code), ...dynamicImports(code));
    }
    const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    expect(scripts.filter((name) => !reachable.has(name))).toEqual([]);
  });

  it('leaves no page holding a script of the shared chunks the tool bundles were made from', () => {
    const tools = readdirSync(ASSETS).filter((name) => /^tool-[\w-]+\.[\w-]+\.js$/.test(name));
    expect(tools.length).toBeGreaterThanOrEqual(4);
    for (const file of htmlPages().filter((f) => !page(f).querySelector('[data-island]')))
      for (const url of heldScripts(file)) expect(url, file).not.toMatch(/\/tool-/);
  });
});
