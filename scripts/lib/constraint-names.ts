/** The constraints' names as their pages' front matter gives them (content/constraints/*.mdx). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSTRAINT_IDS, type ConstraintId } from '../../src/lib/constraints.ts';

const FOLDER = join(import.meta.dirname, '../../content/constraints');

export function constraintNames(): Record<ConstraintId, string> {
  return Object.fromEntries(
    CONSTRAINT_IDS.map((id) => {
      const text = readFileSync(join(FOLDER, `${id}.mdx`), 'utf8');
      const name = /^name:\s*"?([^"\n]+)"?\s*$/m.exec(text)?.[1];
      if (!name) throw new Error(`content/constraints/${id}.mdx: the front matter has no "name"`);
      return [id, name];
    }),
  ) as Record<ConstraintId, string>;
}
