import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { finishPages } from '../../src/integrations/finish-pages.mjs';
import { keepOnlyThisPagesHashes } from '../../src/integrations/csp.mjs';
import { holdScriptsUntilPainted } from '../../src/integrations/scripts-after-first-paint.mjs';
import { toolPageScripts } from '../../src/integrations/tool-bundles.mjs';
import { eachLimited } from '../../src/integrations/each-limited.mjs';

const hashOf = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;
const policy = (hashes: string[]) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hashes.map((h) => `'${h}'`).join(' ')}; style-src 'self' '${hashOf('a{}')}' '${hashOf('b{}')}'">`;

describe('holding scripts until the first paint', () => {
  it('turns each bundled module script into an inert template naming it, and leaves inline scripts alone', () => {
    const page =
      '<body><script type="module" src="/_astro/a.js"></script><script>inline()</script><script type="module" src="/_astro/b.js"></script></body>';
    expect(holdScriptsUntilPainted(page)).toBe(
      '<body><template data-after-first-paint="/_astro/a.js"></template><script>inline()</script><template data-after-first-paint="/_astro/b.js"></template></body>',
    );
  });
});

describe("keeping only a page's own hashes in its CSP", () => {
  const scripts = ['one()', 'two()', 'unused()'].map(hashOf);

  it('drops the hashes of code the page does not hold, and keeps the other sources', () => {
    const page = `<head>${policy(scripts)}<style>b{}</style></head><body><script>one()</script><script type="module">two()</script></body>`;
    expect(keepOnlyThisPagesHashes(page)).toContain(
      `content="default-src 'self'; script-src 'self' '${hashOf('one()')}' '${hashOf('two()')}'; style-src 'self' '${hashOf('b{}')}'"`,
    );
  });

  it('ignores JSON data blocks, which CSP does not govern', () => {
    const page = `${policy(scripts)}<script type="application/json">{"a":1}</script><script>one()</script>`;
    expect(keepOnlyThisPagesHashes(page)).toContain(`script-src 'self' '${hashOf('one()')}';`);
  });

  it('fails, naming the hash, when the page holds inline code its policy never allowed', () => {
    const page = `${policy(scripts)}<script>injected()</script>`;
    expect(() => keepOnlyThisPagesHashes(page)).toThrow(hashOf('injected()'));
  });

  it('leaves a page without a policy unchanged', () => {
    expect(keepOnlyThisPagesHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});

describe('finding what a tool page holds, to bundle it into one file', () => {
  const held = (url: string) => `<template data-after-first-paint="${url}"></template>`;

  it('lists, for each page with a tool island, its held scripts in page order, and no stylesheet', () => {
    const pages = [
      {
        html: `<div data-island="canvas">…</div>${held('/_astro/search.js')}${held('/_astro/print.css')}${held('/_astro/canvas.js')}`,
      },
      { html: `<main>an essay</main>${held('/_astro/search.js')}` },
    ];
    expect([...toolPageScripts(pages).values()]).toEqual([
      { island: 'canvas', scripts: ['/_astro/search.js', '/_astro/canvas.js'] },
    ]);
  });

  it('refuses two pages holding the same tool, which one bundle name cannot serve', () => {
    const page = { html: `<div data-island="canvas"></div>${held('/_astro/canvas.js')}` };
    expect(() => toolPageScripts([page, page])).toThrow('two pages hold the "canvas" tool');
  });
});

describe('running a build step over many files, a few at a time', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1));

  it('does every item once, with never more than the limit in flight', async () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const done: number[] = [];
    let inFlight = 0;
    let most = 0;
    await eachLimited(items, 4, async (item) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await settle();
      done.push(item);
      inFlight -= 1;
    });
    expect({ done: [...done].sort((a, b) => a - b), most }).toEqual({ done: items, most: 4 });
  });

  it('fails with the first error, after what was in flight, and starts nothing more', async () => {
    const started: number[] = [];
    const run = eachLimited([0, 1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      await settle();
      if (item === 1) throw new Error('file 1 could not be read');
    });
    await expect(run).rejects.toThrow('file 1 could not be read');
    expect(started).toEqual([0, 1, 2]);
  });

  it('refuses a limit that is not a whole number above 0, and does nothing for no items', async () => {
    await expect(eachLimited([1], 0, async () => undefined)).rejects.toThrow(
      'limit must be a whole number above 0, not 0',
    );
    let calls = 0;
    await eachLimited([], 3, async () => void (calls += 1));
    expect(calls).toBe(0);
  });
});

describe('finishing every built page in one pass', () => {
  const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
  /** A build folder with the pages given and two chunks, `kept.js` (held by a page) and `orphan.js` (by none). */
  function built(pages: Record<string, string>) {
    const root = mkdtempSync(join(tmpdir(), 'finish-pages-'));
    mkdirSync(join(root, '_astro'));
    writeFileSync(join(root, '_astro/kept.js'), 'export {};');
    writeFileSync(join(root, '_astro/orphan.js'), 'export {};');
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), html);
    }
    return root;
  }
  const finish = (root: string) =>
    (finishPages().hooks['astro:build:done'] as (options: unknown) => Promise<void>)({
      dir: pathToFileURL(`${root}/`),
      logger,
    });

  it('holds each page’s scripts, trims its policy to its own hashes, and deletes the chunks no page loads', async () => {
    const root = built({
      'essay/index.html': `<head>${policy(['one()', 'two()'].map(hashOf))}</head><script>one()</script><script type="module" src="/_astro/kept.js"></script>`,
    });
    try {
      await finish(root);
      const page = readFileSync(join(root, 'essay/index.html'), 'utf8');
      expect(page).toContain('<template data-after-first-paint="/_astro/kept.js"></template>');
      expect(page).toContain(`script-src 'self' '${hashOf('one()')}';`);
      expect(page).not.toContain(hashOf('two()'));
      expect(existsSync(join(root, '_astro/kept.js'))).toBe(true);
      expect(existsSync(join(root, '_astro/orphan.js'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails naming the page that holds inline code its policy never allowed', async () => {
    const root = built({ 'guardrails/x/index.html': `${policy([hashOf('one()')])}<script>injected()</script>` });
    try {
      await expect(finish(root)).rejects.toThrow(/^guardrails\/x\/index\.html: inline code whose hash/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
