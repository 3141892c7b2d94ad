import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keepOnlyThisPagesHashes } from '../../src/integrations/csp.mjs';
import { holdScriptsUntilPainted } from '../../src/integrations/scripts-after-first-paint.mjs';
import { toolPageScripts } from '../../src/integrations/tool-bundles.mjs';

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
