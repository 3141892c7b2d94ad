import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from '../support/temp-build';

const BASE = '/field-guide/';
/** `npm test` has the tiny scale bench build for this sub-path and keep it here (scripts/test.ts). */
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
  const built = await project.build({ BASE_PATH: BASE, SITE_URL: 'https://guide.example' });
  if (built.code !== 0) throw new Error(`the sub-path build failed:\n${built.output.slice(-2000)}`);
  out = built.outDir;
}, 240_000);
afterAll(() => project?.remove());

const pages = () =>
  readdirSync(out, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() && entry.name.endsWith('.html') && !relative(out, entry.parentPath).startsWith('pagefind'),
    )
    .map((entry) => relative(out, join(entry.parentPath, entry.name)).split(sep).join('/'));

/** Whether a same-site path under the base is a file of the build (a folder means its index.html). */
const resolves = (path: string) => {
  const inside = decodeURIComponent(path.slice(BASE.length));
  return [inside, join(inside, 'index.html')].some(
    (candidate) => existsSync(join(out, candidate)) && !candidate.endsWith('/'),
  );
};

describe(`a build for a sub-path (BASE_PATH=${BASE})`, () => {
  it('keeps every internal link, asset, script and island under the sub-path, and each one resolves', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of pages()) {
      const root = parse(readFileSync(join(out, file), 'utf8'));
      const values = [
        ...root.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')!),
        ...root.querySelectorAll('script[src], img[src]').map((el) => el.getAttribute('src')!),
        ...root
          .querySelectorAll('template[data-after-first-paint]')
          .map((el) => el.getAttribute('data-after-first-paint')!),
      ];
      for (const value of values.filter((v) => v?.startsWith('/') && !v.startsWith('//'))) {
        checked += 1;
        const path = value.split(/[?#]/)[0]!;
        if (!path.startsWith(BASE)) problems.push(`${file}: ${value} escapes the sub-path`);
        else if (!resolves(path)) problems.push(`${file}: ${value} does not resolve`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('leaves no root route anywhere in a page, island props and content links included', () => {
    const routes = /["'(]\/(essay|appendices|constraints|guardrails|tools|search|your-data)\//;
    const escaping = pages().filter((file) => routes.test(readFileSync(join(out, file), 'utf8')));
    expect(escaping).toEqual([]);
  });

  it('builds the search index, and the browser code that loads it knows the sub-path', () => {
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    const searchUi = readdirSync(join(out, '_astro')).filter(
      (name) => name.startsWith('search-ui.') && name.endsWith('.js'),
    );
    expect(searchUi).toHaveLength(1);
    // search-ui prefixes the index's route with the base it was built with (src/client/search-ui.ts).
    expect(readFileSync(join(out, '_astro', searchUi[0]!), 'utf8')).toContain(`\`${BASE}\``);
  });
});
