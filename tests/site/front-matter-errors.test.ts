import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from '../support/temp-build';

let project: TempProject;

/** One content file of the project with one edit: a malformed entry. */
interface Malformed {
  file: string;
  edit: (text: string) => string;
}

const read = (file: string) => readFileSync(join(project.dir, file), 'utf8');

/** The file's text with the edit, which must change it (else the test would prove nothing). */
function edited({ file, edit }: Malformed) {
  const original = read(file);
  const text = edit(original);
  expect(text).not.toBe(original);
  return { file, text };
}

const missingEssayTitle: Malformed = {
  file: 'content/essays/ticket-factory-to-impact.mdx',
  edit: (text) => text.replace(/^title: .*\n/m, ''),
};

/**
 * Entries the content sync must refuse. A build runs that sync before anything else and fails with its error (the
 * first test shows it end to end); the rest run in one process (`syncEach`), a second each instead of a build's three.
 */
const malformed = {
  unknownConstraint: {
    file: 'content/guardrails/stop-the-line-rule.mdx',
    edit: (text) => text.replace(/^ {2}- social-stasis$/m, '  - social-stasiz'),
  },
  noConstraints: {
    file: 'content/guardrails/stop-the-line-rule.mdx',
    edit: (text) => text.replace(/^constraints:\n(?: {2}- .*\n)+/m, 'constraints: []\n'),
  },
  unknownGuardrail: {
    file: 'content/checklist/items.yaml',
    edit: (text) => text.replace('guardrails: [kill-criteria]', 'guardrails: [kill-criterion]'),
  },
  unknownEssaySection: {
    file: 'content/constraints/social-stasis.mdx',
    edit: (text) => text.replace(/^essaySections:\n/m, 'essaySections:\n  - no-such-section\n'),
  },
} satisfies Record<string, Malformed>;

type SyncResult = { failed: boolean; output: string };
let synced: Record<keyof typeof malformed, SyncResult>;
/** The same sync over the project as it is: without an error there, the refusals above mean something. */
let unchanged: SyncResult;

beforeAll(async () => {
  project = tempProject('tfi-schema-');
  const names = Object.keys(malformed) as (keyof typeof malformed)[];
  const asItIs = { file: missingEssayTitle.file, text: read(missingEssayTitle.file) };
  const [first, ...results] = await project.syncEach([asItIs, ...names.map((name) => edited(malformed[name]))]);
  unchanged = first!;
  synced = Object.fromEntries(names.map((name, i) => [name, results[i]!])) as typeof synced;
});
afterAll(() => project.remove());

describe('a malformed front matter fails the build, naming the file and the field', () => {
  it('a missing essay title fails `astro build` itself', async () => {
    const { file, text } = edited(missingEssayTitle);
    const original = read(file);
    writeFileSync(join(project.dir, file), text);
    try {
      const { code, output } = await project.build();
      expect(code).not.toBe(0);
      expect(output).toContain('content/essays/ticket-factory-to-impact.mdx');
      expect(output).toMatch(/title\W+Required|title: Invalid input/);
    } finally {
      writeFileSync(join(project.dir, file), original);
    }
  });

  it('the project as it is passes the same content sync', () => {
    expect(unchanged).toEqual({ failed: false, output: '' });
  });

  it('a guardrail that names an unknown constraint', () => {
    const { failed, output } = synced.unknownConstraint;
    expect(failed).toBe(true);
    expect(output).toContain('content/guardrails/stop-the-line-rule.mdx');
    expect(output).toMatch(/constraints\.1\W+"social-stasiz" is not a constraint/);
  });

  it('a guardrail with no constraints', () => {
    const { failed, output } = synced.noConstraints;
    expect(failed).toBe(true);
    expect(output).toContain('content/guardrails/stop-the-line-rule.mdx');
    expect(output).toContain('list at least one constraint this guardrail addresses');
  });

  it('a checklist item that points at a guardrail that does not exist', () => {
    const { failed, output } = synced.unknownGuardrail;
    expect(failed).toBe(true);
    expect(output).toContain('content/checklist/items.yaml');
    expect(output).toContain('"kill-criterion" is not a guardrail');
  });

  it('a constraint that cites an essay section that does not exist', () => {
    const { failed, output } = synced.unknownEssaySection;
    expect(failed).toBe(true);
    expect(output).toContain('content/constraints/social-stasis.mdx');
    expect(output).toContain('"no-such-section" is not a heading id in the essay');
  });
});
