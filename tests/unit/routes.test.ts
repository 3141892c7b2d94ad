import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES, canvasWith, constraintRoute, essaySection, guardrailsFor } from '../../src/lib/routes';

const SRC = join(import.meta.dirname, '../../src');
const ROUTE_LITERAL = /['"`]\/(essay|appendices|constraints|guardrails|tools|search|your-data|pagefind)\b/;

describe('routes', () => {
  it('are spelled out only in src/lib/routes.ts', () => {
    const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx|astro|mjs)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => !file.endsWith(join('lib', 'routes.ts')));
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          ROUTE_LITERAL.test(line) ? [`${relative(SRC, file)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });

  it('build the parameterized URLs the pages link to', () => {
    expect(constraintRoute('social-stasis', 'guardrails')).toBe('/constraints/social-stasis/#guardrails');
    expect(essaySection('the-courage-to-stop-the-line')).toBe(`${ROUTES.essay}#the-courage-to-stop-the-line`);
    expect(guardrailsFor('temporal-myopia')).toBe('/guardrails/?constraint=temporal-myopia');
    expect(canvasWith('?constraint=social-stasis')).toBe('/tools/impact-chain-canvas/?constraint=social-stasis');
  });
});
