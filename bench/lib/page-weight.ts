/**
 * Measures what each built page costs a visitor: gzip bytes of its HTML, of the CSS that blocks rendering, and of
 * the JavaScript it loads at start and on interaction. Deterministic: computed from the files in dist/, no timing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What a page is, for budgets and the benchmark table. */
export type PageType =
  | 'home'
  | 'essay'
  | 'appendix'
  | 'constraint'
  | 'constraint-index'
  | 'guardrail'
  | 'guardrail-catalog'
  | 'tool'
  | 'search'
  | 'your-data'
  | 'print'
  | 'not-found';

export interface PageWeight {
  /** Path relative to dist/, e.g. `essay/ticket-factory-to-impact/index.html`. */
  file: string;
  type: PageType;
  htmlGzip: number;
  /** The HTML as the build precompresses it for hosts to serve (Brotli, quality 11). */
  htmlBrotli: number;
  /** Inline <style> in the document plus linked stylesheets: all of it blocks first render. */
  cssGzip: number;
  /** Scripts that run without any interaction: inline, external (held or not), their static imports. */
  jsStartGzip: number;
  /** Code fetched only after the visitor acts (dynamic imports, e.g. search). */
  jsInteractionGzip: number;
  /** Whether any framework (island) code loads at start. */
  frameworkAtStart: boolean;
}

/** Budgets in gzip bytes. */
export const BUDGETS = {
  htmlGzip: 14 * 1024,
  /** One initial congestion window (10 packets, less headers): a page over it waits a second round trip to paint. */
  htmlBrotli: 14 * 1024,
  essayHtmlGzip: 24 * 1024,
  /** The whole guide on one page (/print/), read on paper, not in the first round trip. */
  printHtmlGzip: 128 * 1024,
  cssGzip: 10 * 1024,
  /** A tool page's JS before the first input, on a phone (Lighthouse's mobile viewport, `PHONE_VIEWPORT`). */
  toolJsStartGzip: 14 * 1024,
  /**
   * The same on a 1280×720 desktop, where more of a tool is in view at once and its code loads with the page (the
   * canvas's checks panel sits beside the chain there, below it on a phone).
   */
  toolJsStartDesktopGzip: 15 * 1024,
} as const;

/** The viewport of Lighthouse's mobile run (a Moto G Power), where the start-up budget is counted. */
export const PHONE_VIEWPORT = { width: 412, height: 823 } as const;
/** A common desktop viewport, Playwright's default. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 720 } as const;

/** Pages that are tools: they may load an island or a filter at start, within the tool budget. */
const TOOL_TYPES: readonly PageType[] = ['tool', 'guardrail-catalog', 'your-data'];

/** Whether a page type is a tool, held to the tool start-up JS budget rather than "no framework JS". */
export function isToolType(type: PageType): boolean {
  return TOOL_TYPES.includes(type);
}

/** Classifies a page by its path under dist/. */
export function pageTypeOf(file: string): PageType {
  if (file === 'index.html') return 'home';
  if (file === '404.html') return 'not-found';
  if (file.startsWith('essay/')) return 'essay';
  if (file.startsWith('appendices/')) return 'appendix';
  if (file === 'constraints/index.html') return 'constraint-index';
  if (file.startsWith('constraints/')) return 'constraint';
  if (file === 'guardrails/index.html') return 'guardrail-catalog';
  if (file.startsWith('guardrails/')) return 'guardrail';
  if (file.startsWith('tools/')) return 'tool';
  if (file.startsWith('search/')) return 'search';
  if (file.startsWith('your-data/')) return 'your-data';
  if (file.startsWith('print/')) return 'print';
  return 'home';
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const brotli = (text: string) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Every HTML page under dist/ except Pagefind's own files, relative to dist/. */
export function listPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/'))
    .sort();
}

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

/** Resolves a script URL from a page or module to a file in dist/ (undefined for other origins). */
function resolveAsset(dist: string, base: string, fromUrl: string, specifier: string): string | undefined {
  const url = new URL(specifier, new URL(fromUrl, 'http://site.test'));
  if (url.origin !== 'http://site.test' || !url.pathname.startsWith(base)) return undefined;
  const file = join(dist, url.pathname.slice(base.length));
  return existsSync(file) ? file : undefined;
}

interface ScriptGraph {
  start: Set<string>;
  interaction: Set<string>;
}

/** Follows static imports into `start` and dynamic imports into `interaction`, from one module's source. */
function follow(dist: string, base: string, fromUrl: string, source: string, graph: ScriptGraph, lazy: boolean) {
  for (const [pattern, isLazy] of [
    [STATIC_IMPORT, lazy],
    [DYNAMIC_IMPORT, true],
  ] as const) {
    for (const match of source.matchAll(pattern)) {
      const file = resolveAsset(dist, base, fromUrl, match[1]!);
      if (!file) continue;
      const bucket = isLazy ? graph.interaction : graph.start;
      if (bucket.has(file) || (isLazy && graph.start.has(file))) continue;
      bucket.add(file);
      const url = '/' + relative(dist, file).split(sep).join('/');
      follow(dist, base, base.replace(/\/$/, '') + url, readFileSync(file, 'utf8'), graph, isLazy);
    }
  }
}

/** Measures one page. `base` is the site's base path (default '/'). */
export function measurePage(dist: string, file: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, file), 'utf8');
  const pageUrl = base.replace(/\/$/, '') + '/' + file.replace(/index\.html$/, '');
  const graph: ScriptGraph = { start: new Set(), interaction: new Set() };
  let inlineJs = '';
  let inlineCss = '';
  let linkedCss = 0;

  for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) inlineCss += match[1];
  for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(match[0])?.[1];
    const target = href && resolveAsset(dist, base, pageUrl, href);
    if (target) linkedCss += gzip(readFileSync(target));
  }
  // Scripts held until after the first paint (scripts-after-first-paint.mjs) are still fetched before any input.
  for (const match of html.matchAll(/<template data-after-first-paint="([^"]+\.js)">/g)) {
    const src = match[1]!;
    const target = resolveAsset(dist, base, pageUrl, src);
    if (!target) continue;
    graph.start.add(target);
    follow(dist, base, src, readFileSync(target, 'utf8'), graph, false);
  }
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    const src = /src="([^"]+)"/.exec(attributes)?.[1];
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    if (src) {
      const target = resolveAsset(dist, base, pageUrl, src);
      if (target) {
        graph.start.add(target);
        follow(dist, base, src, readFileSync(target, 'utf8'), graph, false);
      }
    } else {
      inlineJs += match[2];
      follow(dist, base, pageUrl, match[2] ?? '', graph, false);
    }
  }
  // A tool rendered by ToolIsland.astro; its hydration script is one of the held scripts counted above.
  const islands = [...html.matchAll(/<div data-island="[^"]+"/g)];
  for (const file of graph.start) graph.interaction.delete(file);

  const size = (files: Set<string>) => [...files].reduce((sum, f) => sum + gzip(readFileSync(f)), 0);
  const interactionFiles = new Set(graph.interaction);
  // Search is fetched by URL at run time, which no static scan can see: count Pagefind's code where search exists.
  if (html.includes('data-search-form')) {
    for (const name of ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js']) {
      const path = join(dist, name);
      if (existsSync(path)) interactionFiles.add(path);
    }
  }
  return {
    file,
    type: pageTypeOf(file),
    htmlGzip: gzip(html),
    htmlBrotli: brotli(html),
    cssGzip: (inlineCss ? gzip(inlineCss) : 0) + linkedCss,
    jsStartGzip: (inlineJs ? gzip(inlineJs) : 0) + size(graph.start),
    jsInteractionGzip: size(interactionFiles),
    frameworkAtStart: islands.length > 0 || [...graph.start].some((f) => /preact|signals|[\\/]tool-/.test(f)),
  };
}

/** Every budget a page breaks, as sentences naming the page and the overrun. Empty when it is within budget. */
export function budgetOverruns(weight: PageWeight): string[] {
  const overruns: string[] = [];
  const over = (what: string, actual: number, limit: number) => {
    if (actual > limit)
      overruns.push(
        `${weight.file}: ${what} is ${kib(actual)}, over the ${kib(limit)} budget by ${kib(actual - limit)}`,
      );
  };
  const htmlLimit =
    weight.type === 'essay'
      ? BUDGETS.essayHtmlGzip
      : weight.type === 'print'
        ? BUDGETS.printHtmlGzip
        : BUDGETS.htmlGzip;
  over('HTML (gzip)', weight.htmlGzip, htmlLimit);
  if (weight.type !== 'print') over('HTML (Brotli, as served)', weight.htmlBrotli, BUDGETS.htmlBrotli);
  over('render-blocking CSS (gzip)', weight.cssGzip, BUDGETS.cssGzip);
  if (isToolType(weight.type)) {
    over('JS loaded at start (gzip)', weight.jsStartGzip, BUDGETS.toolJsStartGzip);
  } else if (weight.frameworkAtStart) {
    overruns.push(`${weight.file}: a content page loads framework JS at start`);
  }
  return overruns;
}

/** Bytes as KiB with one decimal. */
export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
