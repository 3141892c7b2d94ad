import { listPages, pageTypeOf, type PageType } from './page-weight.ts';

/** One page of each type (the first in path order): what Lighthouse and the benchmark run against. */
export function representativePages(dist: string): { type: PageType; file: string; route: string }[] {
  const seen = new Map<PageType, string>();
  for (const file of listPages(dist)) {
    const type = pageTypeOf(file);
    if (!seen.has(type)) seen.set(type, file);
  }
  return [...seen].map(([type, file]) => ({
    type,
    file,
    route: file === '404.html' ? '/404.html' : '/' + file.replace(/index\.html$/, ''),
  }));
}
