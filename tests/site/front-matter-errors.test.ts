import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from '../support/temp-build';

let project: TempProject;
const build = () => project.build();

/** Edits one content file of the copy for the duration of a build. */
async function buildWith(file: string, edit: (text: string) => string) {
  const path = join(project.dir, file);
  const original = readFileSync(path, 'utf8');
  const edited = edit(original);
  expect(edited).not.toBe(original);
  writeFileSync(path, edited);
  try {
    return await build();
  } finally {
    writeFileSync(path, original);
  }
}

beforeAll(() => {
  project = tempProject('tfi-schema-');
});
afterAll(() => project.remove());

describe('a malformed front matter fails the build, naming the file and the field', () => {
  it('a missing essay title', async () => {
    const { code, output } = await buildWith('content/essays/ticket-factory-to-impact.mdx', (text) =>
      text.replace(/^title: .*\n/m, ''),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/essays/ticket-factory-to-impact.mdx');
    expect(output).toMatch(/title\W+Required|title: Invalid input/);
  });

  it('a guardrail that names an unknown constraint', async () => {
    const { code, output } = await buildWith('content/guardrails/stop-the-line-rule.mdx', (text) =>
      text.replace(/^ {2}- social-stasis$/m, '  - social-stasiz'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/guardrails/stop-the-line-rule.mdx');
    expect(output).toMatch(/constraints\.1\W+"social-stasiz" is not a constraint/);
  });

  it('a guardrail with no constraints', async () => {
    const { code, output } = await buildWith('content/guardrails/stop-the-line-rule.mdx', (text) =>
      text.replace(/^constraints:\n(?: {2}- .*\n)+/m, 'constraints: []\n'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/guardrails/stop-the-line-rule.mdx');
    expect(output).toContain('list at least one constraint this guardrail addresses');
  });

  it('a checklist item that points at a guardrail that does not exist', async () => {
    const { code, output } = await buildWith('content/checklist/items.yaml', (text) =>
      text.replace('guardrails: [kill-criteria]', 'guardrails: [kill-criterion]'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/checklist/items.yaml');
    expect(output).toContain('"kill-criterion" is not a guardrail');
  });

  it('a constraint that cites an essay section that does not exist', async () => {
    const { code, output } = await buildWith('content/constraints/social-stasis.mdx', (text) =>
      text.replace(/^essaySections:\n/m, 'essaySections:\n  - no-such-section\n'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/constraints/social-stasis.mdx');
    expect(output).toContain('"no-such-section" is not a heading id in the essay');
  });
});
