import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SUBPATH, useSubpathBuild } from '../support/subpath-build';

const BASE = SUBPATH;
const build = useSubpathBuild();

const pages = () =>
  readdirSync(build(), { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() && entry.name.endsWith('.html') && !relative(build(), entry.parentPath).startsWith('pagefind'),
    )
    .map((entry) => relative(build(), join(entry.parentPath, entry.name)).split(sep).join('/'));

/** Whether a same-site path under the base is a file of the build (a folder means its index.html). */
const resolves = (path: string) => {
  const inside = decodeURIComponent(path.slice(BASE.length));
  return [inside, join(inside, 'index.html')].some(
    (candidate) => existsSync(join(build(), candidate)) && !candidate.endsWith('/'),
  );
};

describe(`a build for a sub-path (BASE_PATH=${BASE})`, () => {
  it('keeps every internal link, asset, script and island under the sub-path, and each one resolves', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of pages()) {
      const root = parse(readFileSync(join(build(), file), 'utf8'));
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
    const escaping = pages().filter((file) => routes.test(readFileSync(join(build(), file), 'utf8')));
    expect(escaping).toEqual([]);
  });

  it('builds the search index, and the browser code that loads it knows the sub-path', () => {
    expect(existsSync(join(build(), 'pagefind/pagefind.js'))).toBe(true);
    const searchUi = readdirSync(join(build(), '_astro')).filter(
      (name) => name.startsWith('search-ui.') && name.endsWith('.js'),
    );
    expect(searchUi).toHaveLength(1);
    // search-ui prefixes the index's route with the base it was built with (src/client/search-ui.ts).
    expect(readFileSync(join(build(), '_astro', searchUi[0]!), 'utf8')).toContain(`\`${BASE}\``);
  });
});
