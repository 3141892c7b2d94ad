/** The parts of a Pagefind result this site shows (see Pagefind's `PagefindSearchFragment`). */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** One search hit as the results list shows it: the page, its best-matching sections, an excerpt. */
export interface SearchHit {
  title: string;
  url: string;
  /** Excerpt HTML from Pagefind: page text escaped by Pagefind, with matches wrapped in <mark>. */
  excerpt: string;
  sections: { title: string; url: string }[];
}

/** Most sections listed under one page hit: enough to jump straight in, few enough to scan. */
export const MAX_SECTIONS_PER_HIT = 3;

/** Turns a Pagefind fragment into a hit: the page title, and the sections that matched (not the page itself). */
export function toSearchHit(fragment: PagefindFragment): SearchHit {
  const title = fragment.meta['title']?.trim() || fragment.url;
  const sections = (fragment.sub_results ?? [])
    .filter((sub) => sub.url !== fragment.url && sub.title.trim() !== '' && sub.title !== title)
    .slice(0, MAX_SECTIONS_PER_HIT)
    .map((sub) => ({ title: sub.title, url: sub.url }));
  return { title, url: fragment.url, excerpt: fragment.excerpt, sections };
}

/** What the live status line says after a search. */
export function resultsSummary(query: string, count: number): string {
  const trimmed = query.trim();
  if (trimmed === '') return '';
  if (count === 0) return `No results for “${trimmed}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${trimmed}”.`;
}
