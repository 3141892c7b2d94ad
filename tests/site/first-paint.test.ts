import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages, page, requireDist } from '../support/dist';

beforeAll(requireDist);

const html = (file: string) => readFileSync(join(DIST, file), 'utf8');
const hashOf = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;

/** The hashes a directive of the page's meta CSP lists. */
function policyHashes(file: string, directive: 'script-src' | 'style-src'): string[] {
  const policy = page(file).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  const sources =
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([name]) => name === directive)
      ?.slice(1) ?? [];
  return sources
    .filter((source) => source.startsWith("'sha256-"))
    .map((source) => source.slice(1, -1))
    .sort();
}

describe('nothing competes with the first paint', () => {
  it.each(htmlPages())('%s fetches no script, stylesheet or icon before it paints', (file) => {
    const root = page(file);
    expect(root.querySelectorAll('script[src]').length, 'scripts with src').toBe(0);
    expect(root.querySelectorAll('link[rel="stylesheet"], link[rel="modulepreload"], link[rel="preload"]').length).toBe(
      0,
    );
    const icons = root.querySelectorAll('link[rel~="icon"]').map((link) => link.getAttribute('href') ?? '');
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(icon).toMatch(/^data:image\/svg\+xml,/);
    // What was held back is still there, to start after the paint.
    const held = root
      .querySelectorAll('template[data-after-first-paint]')
      .map((t) => t.getAttribute('data-after-first-paint') ?? '');
    for (const file of held) expect(file).toMatch(/^\/_astro\/[\w.-]+\.(js|css)$/);
    // The print stylesheet is one of them: paper needs it, the screen's first paint does not.
    expect(held.filter((file) => file.endsWith('.css'))).toHaveLength(1);
  });

  it('ships no stylesheet that only a lazy import would load (the preload helper is reduced to calling the import)', () => {
    const named = new Set(
      htmlPages().flatMap((file) =>
        page(file)
          .querySelectorAll('template[data-after-first-paint]')
          .map((t) => t.getAttribute('data-after-first-paint')),
      ),
    );
    const stylesheets = readdirSync(join(DIST, '_astro')).filter((file) => file.endsWith('.css'));
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const file of stylesheets) expect(named.has(`/_astro/${file}`), file).toBe(true);
  });

  it.each(htmlPages())('%s: its CSP lists exactly the hashes of the inline code it holds', (file) => {
    const source = html(file);
    const scripts = [...source.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attributes]) => !/type="application\/(ld\+)?json"/.test(attributes ?? ''))
      .map(([, , code]) => hashOf(code ?? ''));
    const styles = [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => hashOf(css ?? ''));
    expect(policyHashes(file, 'script-src')).toEqual([...new Set(scripts)].sort());
    expect(policyHashes(file, 'style-src')).toEqual([...new Set(styles)].sort());
  });
});
