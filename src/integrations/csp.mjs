// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Scripts that must run before first paint (the saved theme, the `js` class that reveals script-only controls) or
 * that start the page's other scripts after it (`after-first-paint.js`) are inlined with `is:inline`, which Astro's
 * CSP does not hash. The layout emits each file's trimmed text (`?raw` import); this hashes exactly those bytes.
 */
const INLINE_SCRIPT_FILES = ['../client/head-init.js', '../client/after-first-paint.js'];

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** @returns {`sha256-${string}`[]} CSP hashes of every `is:inline` script. */
export function inlineScriptHashes() {
  return INLINE_SCRIPT_FILES.map((file) => sha256(readFileSync(new URL(file, import.meta.url), 'utf8').trim()));
}

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
/** `<script type="application/json">` and the like are data, not code: CSP does not apply to them. */
const DATA_BLOCK = /\stype="(?!module"|text\/javascript")[^"]*"/;

/**
 * Astro's CSP lists, on every page, the hash of every inline script and style of the whole site (27 on the essay,
 * about 1.1 KiB gzip of incompressible base64). This keeps in each page's policy only the hashes of the inline code
 * that page holds, which is all it can run: the policy stays exactly as strict, and the essay's HTML fits the first
 * round trip. A page holding inline code Astro's policy does not allow is a build error (a browser would block it).
 * @param {string} html
 * @returns {string}
 */
export function keepOnlyThisPagesHashes(html) {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => !DATA_BLOCK.test(m[1] ?? ''))
    .map((m) => sha256(m[2] ?? ''));
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1] ?? ''));
  const directives = (meta[2] ?? '').split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    const needed = name === 'script-src' ? scripts : name === 'style-src' ? styles : null;
    if (!needed) return directive.trim();
    const allowed = new Set(
      sources.filter((source) => source.startsWith("'sha256-")).map((source) => source.slice(1, -1)),
    );
    const missing = needed.filter((hash) => !allowed.has(hash));
    if (missing.length > 0)
      throw new Error(`inline code whose hash the policy does not list (${name}): ${missing.join(', ')}`);
    const kept = sources.filter((source) => !source.startsWith("'sha256-"));
    return [name, ...kept, ...[...new Set(needed)].map((hash) => `'${hash}'`)].join(' ');
  });
  return html.replace(CSP_META, (_, open, __, close) => `${open}${directives.join('; ')}${close}`);
}
