import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../support/dist';

beforeAll(requireDist);

/** `_headers` as hosts read it: a path line, then its indented header lines. */
function headerRules(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let path: string | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set((path = line.trim()), []);
    else if (path) rules.get(path)!.push(line.trim());
  }
  return rules;
}

describe('the headers file static hosts read', () => {
  const rules = () => headerRules(readFileSync(join(DIST, '_headers'), 'utf8'));

  it('ships with the site and refuses framing on every page, which the meta CSP cannot do', () => {
    expect(rules().get('/*')).toEqual(
      expect.arrayContaining([
        "Content-Security-Policy: frame-ancestors 'none'",
        'X-Frame-Options: DENY',
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: no-referrer',
      ]),
    );
  });

  it('caches the content-hashed bundles for a year, and nothing else that long', () => {
    expect(rules().get('/_astro/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    expect(
      [...rules()].filter(([, lines]) => lines.some((l) => l.includes('immutable'))).map(([path]) => path),
    ).toEqual(['/_astro/*']);
  });
});
