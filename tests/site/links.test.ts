import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages, page, requireDist, routeOf } from '../support/dist';

beforeAll(requireDist);

/** The file a same-site path is served from, or undefined when there is none. */
function fileFor(pathname: string): string | undefined {
  const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`];
  return candidates
    .map((candidate) => candidate.replace(/^\//, ''))
    .find((candidate) => existsSync(join(DIST, candidate)));
}

describe('internal links', () => {
  it('every internal link and #fragment resolves to a built page and an element id', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlPages()) {
      const base = new URL(routeOf(file), 'http://site.test');
      for (const anchor of page(file).querySelectorAll('a[href], link[rel="icon"], link[rel="sitemap"]')) {
        const href = anchor.getAttribute('href') ?? '';
        const url = new URL(href, base);
        if (url.origin !== base.origin) continue;
        checked += 1;
        const target = fileFor(decodeURIComponent(url.pathname));
        if (!target) {
          broken.push(`${file}: ${href} (no such page)`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && target.endsWith('.html') && !page(target).getElementById(id)) {
          broken.push(`${file}: ${href} (no element with id "${id}")`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('links to other origins are never loaded as resources', () => {
    const foreign: string[] = [];
    for (const file of htmlPages()) {
      for (const element of page(file).querySelectorAll('script[src], link[href]:not([rel="canonical"]), img[src]')) {
        const value = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
        if (/^(https?:)?\/\//.test(value)) foreign.push(`${file}: ${value}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});
