import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Runs the project's spelling check (`npm run spell`'s cspell and config) on a page's text. */
function spell(text: string): { failed: boolean; output: string } {
  const cspell = join(ROOT, 'node_modules/cspell/bin.mjs');
  const config = join(ROOT, 'cspell.config.yaml');
  const run = spawnSync(
    process.execPath,
    [cspell, '--no-progress', '--no-summary', '--config', config, 'stdin://page.mdx'],
    {
      cwd: ROOT,
      input: text,
      encoding: 'utf8',
    },
  );
  return { failed: run.status !== 0, output: run.stdout + run.stderr };
}

describe('the spelling check npm test runs', () => {
  // One run for both cases: cspell takes seconds to start.
  const { failed, output } = spell(
    'The organisation optimises its behaviour and judgement.\n' +
      'The organization optimizes its behavior; Joshua Seiden and Dave Snowden agree on Cynefin.\n',
  );

  it('refuses British spellings, naming each word', () => {
    expect(failed).toBe(true);
    for (const word of ['organisation', 'optimises', 'behaviour', 'judgement']) expect(output).toContain(word);
  });

  it('passes American spelling and the names in the project word list, naming nothing else', () => {
    const named = [...output.matchAll(/\((\w+)\)/g)].map((match) => match[1]);
    expect(named.sort()).toEqual(['behaviour', 'judgement', 'optimises', 'organisation']);
  });
});
