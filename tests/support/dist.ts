import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built site. Site and browser tests read it; `npm test` builds it first. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Fails loudly when there is no build, instead of every test failing with a missing file. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` first (npm test does this for you).');
  }
}

/** Every file under a folder of dist/, as paths relative to dist/ with forward slashes. */
export function distFiles(folder = ''): string[] {
  const root = join(DIST, folder);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every HTML page of the site (not Pagefind's own files), relative to dist/. */
export function htmlPages(): string[] {
  return distFiles()
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort();
}

/** The URL path a page file is served at: `essay/x/index.html` → `/essay/x/`. */
export function routeOf(file: string): string {
  return '/' + file.replace(/index\.html$/, '');
}

const parsed = new Map<string, HTMLElement>();

/** A page's parsed DOM (cached: many tests read the same pages). */
export function page(file: string): HTMLElement {
  let root = parsed.get(file);
  if (!root) {
    root = parse(readFileSync(join(DIST, file), 'utf8'));
    parsed.set(file, root);
  }
  return root;
}

/** Page text with whitespace folded, as a reader sees it. */
export function textOf(element: HTMLElement): string {
  return element.textContent.replace(/\s+/g, ' ').trim();
}

/**
 * The text a reader sees in an element: scripts, styles and templates left out (and whatever `without` selects),
 * whitespace folded.
 */
export function visibleText(element: HTMLElement, { without = '' } = {}): string {
  const copy = parse(element.outerHTML);
  for (const hidden of copy.querySelectorAll(['script, style, template', without].filter(Boolean).join(', ')))
    hidden.remove();
  // structuredText breaks lines between block elements, where textContent would run "list:Item" together.
  return copy.structuredText.replace(/\s+/g, ' ').trim();
}
