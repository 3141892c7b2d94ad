import { listPages, pageTypeOf } from './page-weight.ts';

/**
 * One page of each type (the first in path order), and every tool page, since each tool is its own island:
 * what Lighthouse and the benchmark run against. The print page (/print/) is left out: it is made for paper.
 */
export function representativePages(dist: string): { type: string; file: string; route: string }[] {
  const seen = new Map<string, string>();
  for (const file of listPages(dist)) {
    // The whole guide on one page is for paper: its first paint is not what a reader waits for.
    if (pageTypeOf(file) === 'print') continue;
    // Every page under tools/ by its own path: the diagnostic, its room and its method page are three pages.
    const type: string =
      pageTypeOf(file) === 'tool'
        ? `tool: ${file.slice('tools/'.length).replace(/\/index\.html$/, '')}`
        : pageTypeOf(file);
    if (!seen.has(type)) seen.set(type, file);
  }
  return [...seen].map(([type, file]) => ({
    type,
    file,
    route: file === '404.html' ? '/404.html' : '/' + file.replace(/index\.html$/, ''),
  }));
}
