import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { addSyntheticGuardrails, SMOKE_GUARDRAILS } from '../../bench/lib/synthetic-guardrails';
import { tempProject, type TempProject } from './temp-build';

export const SUBPATH = '/field-guide/';

/**
 * The build for a sub-path that the site checks read: the one `npm test`'s tiny scale bench made and kept
 * (FIELD_GUIDE_SUBPATH_BUILD, scripts/test.ts), or, when a file runs alone, one made the same way (the guide plus
 * `SMOKE_GUARDRAILS` synthetic guardrails, for `SUBPATH`). Returns a getter for its folder, set before the tests run.
 */
export function useSubpathBuild(): () => string {
  const prebuilt = process.env['FIELD_GUIDE_SUBPATH_BUILD'];
  let project: TempProject | undefined;
  let out = '';
  beforeAll(async () => {
    if (prebuilt) {
      if (!existsSync(join(prebuilt, 'index.html'))) {
        throw new Error(`FIELD_GUIDE_SUBPATH_BUILD names ${prebuilt}, which holds no build: did the scale bench fail?`);
      }
      out = prebuilt;
      return;
    }
    project = tempProject('tfi-base-');
    addSyntheticGuardrails(project.dir, SMOKE_GUARDRAILS);
    // As scripts/test.ts has the bench make it: the same site address as the main build, its cards drawn beside
    // the pages.
    const built = await project.build({
      BASE_PATH: SUBPATH,
      FIELD_GUIDE_CARD_CACHE: join(project.dir, '.card-cache'),
      FIELD_GUIDE_CARD_WORKER: 'on',
    });
    if (built.code !== 0) throw new Error(`the sub-path build failed:\n${built.output.slice(-2000)}`);
    out = built.outDir;
  }, 240_000);
  afterAll(() => project?.remove());
  return () => out;
}
