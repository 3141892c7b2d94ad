import type { HTMLElement } from 'node-html-parser';

/**
 * Pages of one layout that differ only in content (the guardrails, the constraints) give axe the same verdict for the
 * same kinds of element: same markup, same styles. The sweep runs axe in full on a sample of them that shows every
 * kind of element any of them has; every page still gets every other check.
 */

/** An element's kind: its tag, classes and role, e.g. `table.wide`, `div[role=note]`. */
const kindOf = (element: HTMLElement) => {
  const classes = [...element.classList.values()].sort().map((name) => `.${name}`);
  const role = element.getAttribute('role');
  return element.tagName.toLowerCase() + classes.join('') + (role ? `[role=${role}]` : '');
};

/**
 * The kinds of element under `root`, each in its parent's kind (`td > a` is not `p > a`: a cell may have its own
 * background, and contrast is read against it).
 */
export function elementKinds(root: HTMLElement): Set<string> {
  const kinds = new Set<string>();
  for (const element of root.querySelectorAll('*')) {
    const parent = element.parentNode as HTMLElement | null;
    kinds.add(`${parent?.tagName ? kindOf(parent) : ''} > ${kindOf(element)}`);
  }
  return kinds;
}

/**
 * A small set of items that together have every kind any item has: at each step the item that adds the most kinds
 * not yet shown (the first of equals), until none adds any. The same input gives the same sample.
 */
export function coveringSample<T>(items: readonly { item: T; kinds: ReadonlySet<string> }[]): T[] {
  const shown = new Set<string>();
  const sample: T[] = [];
  const unseen = (kinds: ReadonlySet<string>) => [...kinds].filter((kind) => !shown.has(kind)).length;
  for (;;) {
    let best: (typeof items)[number] | undefined;
    let bestGain = 0;
    for (const candidate of items) {
      const gain = unseen(candidate.kinds);
      if (gain > bestGain) [best, bestGain] = [candidate, gain];
    }
    if (!best) return sample;
    sample.push(best.item);
    for (const kind of best.kinds) shown.add(kind);
  }
}
