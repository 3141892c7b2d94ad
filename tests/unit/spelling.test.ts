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
  it('refuses British spellings, naming each word', () => {
    const { failed, output } = spell('The organisation optimises its behaviour and judgement.\n');
    expect(failed).toBe(true);
    for (const word of ['organisation', 'optimises', 'behaviour', 'judgement']) expect(output).toContain(word);
  });

  it('passes American spelling and the names in the project word list', () => {
    expect(
      spell('The organization optimizes its behavior; Joshua Seiden and Dave Snowden agree on Cynefin.\n'),
    ).toEqual({
      failed: false,
      output: '',
    });
  });
});
