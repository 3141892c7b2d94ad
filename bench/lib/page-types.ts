import { listPages, pageTypeOf } from './page-weight.ts';

/**
 * One page of each type (the first in path order), and every tool page, since each tool is its own island:
 * what Lighthouse and the benchmark run against.
 */
export function representativePages(dist: string): { type: string; file: string; route: string }[] {
  const seen = new Map<string, string>();
  for (const file of listPages(dist)) {
    const type: string = pageTypeOf(file) === 'tool' ? `tool: ${file.split('/')[1]}` : pageTypeOf(file);
    if (!seen.has(type)) seen.set(type, file);
  }
  return [...seen].map(([type, file]) => ({
    type,
    file,
    route: file === '404.html' ? '/404.html' : '/' + file.replace(/index\.html$/, ''),
  }));
}
