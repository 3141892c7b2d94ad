import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSTRAINT_IDS } from '../../src/lib/constraints.ts';

/** One synthetic page: realistic shape and length, deterministic text. */
export function syntheticPage(index: number): string {
  const constraint = CONSTRAINT_IDS[index % CONSTRAINT_IDS.length]!;
  const other = CONSTRAINT_IDS[(index + 3) % CONSTRAINT_IDS.length]!;
  const paragraph = (topic: string) =>
    `Synthetic practice ${index} keeps ${topic} visible to the whole team. It names an owner, a cadence and a ` +
    `signal to watch, and it links back to [the constraint](/constraints/${constraint}/) it loosens. Teams ` +
    `review it after one cycle and decide whether to keep, change or stop it, writing the decision down.`;
  return `---
name: "Synthetic guardrail ${index}"
summary: "A generated guardrail used only to measure how the build scales with many pages (${index})."
constraints:
  - ${constraint}
  - ${other}
kind: ritual
effort: small
timeToFirstSignal: "2 weeks"
essaySections:
  - classes-of-alignment-constraint
---

## What it is

${paragraph('decisions')}

## Why it works

${paragraph('feedback')} See the [essay](/essay/ticket-factory-to-impact/#governance-as-trust-infrastructure).

## How to start this week

1. ${paragraph('the first step')}
2. ${paragraph('the second step')}

| Signal | Threshold | Owner |
| --- | --- | --- |
| lead time ${index} | under 3 days | team lead |
| rework ${index} | under 10 percent | tech lead |

## Signs it works

- ${paragraph('progress')}

## How it fails

- ${paragraph('failure')}

## Sources

None beyond the essay.
`;
}

/** Adds `count` synthetic guardrails to a copy of the project at `root` (content/ of the copy, never the repository's). */
export function addSyntheticGuardrails(root: string, count: number): void {
  for (let i = 1; i <= count; i += 1) {
    writeFileSync(join(root, 'content/guardrails', `synthetic-${String(i).padStart(5, '0')}.mdx`), syntheticPage(i));
  }
}

/**
 * How many `npm test`'s tiny scale run adds: with the catalog's own, more than one print part holds
 * (src/lib/print-parts.ts), so the checks of that build see the catalog printed in parts.
 */
export const SMOKE_GUARDRAILS = 40;
