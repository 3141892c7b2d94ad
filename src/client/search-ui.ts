import { withBase } from '../lib/paths';
import { resultsSummary, toSearchHit, type PagefindFragment, type SearchHit } from '../lib/search-results';
import { ROUTES } from '../lib/routes';

interface PagefindApi {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(
    term: string,
    options?: object,
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindFragment> }[] } | null>;
}

const MAX_HITS = 10;
let pagefind: Promise<PagefindApi> | undefined;

/** Loads Pagefind once. Its index exists only in a build, so `astro dev` gets a clear message instead. */
function loadPagefind(): Promise<PagefindApi> {
  if (import.meta.env.DEV) {
    return Promise.reject(new Error('Search needs a build: run `npm run build && npm run preview`.'));
  }
  const base = import.meta.env.BASE_URL;
  pagefind ??= import(/* @vite-ignore */ withBase(ROUTES.pagefind, base)).then(async (api: PagefindApi) => {
    await api.options({ baseUrl: withBase(ROUTES.home, base) });
    return api;
  });
  return pagefind;
}

/** The search dialog's closing gestures beyond the native ones: Escape from a search box, a click on the backdrop. */
export function attachDialog(dialog: HTMLDialogElement): void {
  // A search box swallows the first Escape to clear itself; in this dialog Escape always means close.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dialog.close();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}

/** Makes a search form live: results as you type, Enter to search, status announced to screen readers. */
export function attachSearch(form: HTMLFormElement, initialQuery = ''): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const list = form.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) return;

  const run = async (query: string) => {
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const api = await loadPagefind();
      const found = await api.debouncedSearch(query, {}, 200);
      if (found === null) return; // a newer keystroke superseded this search
      const hits = (await Promise.all(found.results.slice(0, MAX_HITS).map((r) => r.data()))).map(toSearchHit);
      list.replaceChildren(...hits.map(renderHit));
      status.textContent = resultsSummary(query, found.results.length);
    } catch (error) {
      list.replaceChildren();
      status.textContent = error instanceof Error ? error.message : 'Search could not load.';
    }
  };

  input.addEventListener('input', () => void run(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  if (initialQuery) input.value = initialQuery;
  if (input.value) void run(input.value);
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: hit.url, className: 'result-title' });
  link.textContent = hit.title;
  item.append(link);
  if (hit.sections.length > 0) {
    const sections = Object.assign(document.createElement('ul'), { className: 'result-sections' });
    for (const section of hit.sections) {
      const li = document.createElement('li');
      const a = Object.assign(document.createElement('a'), { href: section.url });
      a.textContent = `§ ${section.title}`;
      li.append(a);
      sections.append(li);
    }
    item.append(sections);
  }
  const excerpt = Object.assign(document.createElement('p'), { className: 'result-excerpt' });
  // Pagefind escapes the indexed text and adds only <mark> around matches.
  excerpt.innerHTML = hit.excerpt;
  item.append(excerpt);
  return item;
}
